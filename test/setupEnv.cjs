// Pin the time zone so date tests mean the same on every machine (Finland is where the users are).
process.env.TZ = "Europe/Helsinki";
