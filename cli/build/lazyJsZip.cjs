// What the compiled command line gets for `import JSZip from "jszip"` (see scripts/buildCli.mjs): the
// one function it calls, loading JSZip on first use, so a command that writes no chart never loads it.
module.exports = {
  loadAsync(...args) {
    return require("jszip").loadAsync(...args);
  },
};
