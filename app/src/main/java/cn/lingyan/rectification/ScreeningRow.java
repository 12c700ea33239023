package cn.lingyan.rectification;

/** One village's result in a yearly screening campaign (拉网式排查). */
public record ScreeningRow(Long id, String campaignKey, String countyCode, Integer screeningYear, String townshipCode,
        String villageCode, String villageName, String indicators, String suggestedCategories, String note,
        String screenedBy, Boolean included, String confirmedCategories, String rootCause) {}
