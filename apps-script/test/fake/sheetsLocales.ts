/**
 * The spreadsheet locales Google Sheets lists (File → Settings → Locale; 72 in 2022), as the codes
 * `Spreadsheet.getSpreadsheetLocale` reports. Finland appears once, as Finnish (fi_FI): there is no
 * Swedish-in-Finland locale, so a Swedish spreadsheet takes Sweden's (sv_SE). The fake refuses any other
 * locale, so a host that sets one fails a test instead of a real spreadsheet silently keeping its old one.
 */
export const SHEETS_LOCALES: ReadonlySet<string> = new Set(
  (
    "es_AR hy_AM en_AU az_AZ be_BY es_BO pt_BR bg_BG en_CA fr_CA es_CL zh_CN es_CO hr_HR cs_CZ da_DK " +
    "es_EC ar_EG fi_FI fr_FR ka_GE de_DE el_GR zh_HK hu_HU hi_IN bn_IN gu_IN kn_IN ml_IN mr_IN pa_IN " +
    "ta_IN te_IN in_ID en_IE iw_IL it_IT ja_JP kk_KZ lv_LV lt_LT es_MX mn_MN my_MM nl_NL nb_NO nn_NO " +
    "es_PY fil_PH pl_PL pt_PT ro_RO ru_RU sr_RS sk_SK sl_SI ko_KR es_ES ca_ES sv_SE de_CH zh_TW th_TH " +
    "tr_TR uk_UA en_GB cy_GB en_US es_UY es_VE vi_VN"
  ).split(" "),
);
