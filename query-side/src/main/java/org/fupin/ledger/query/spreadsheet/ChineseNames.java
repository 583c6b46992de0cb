package org.fupin.ledger.query.spreadsheet;

import java.util.Map;

/**
 * The Chinese names of the ledger's codes (project status and type, income category, spending purpose, fund
 * level), as a printed notice or a workbook shows them.
 */
public final class ChineseNames {

    public static final Map<String, String> ALL = Map.ofEntries(
            Map.entry("PROPOSED", "已申报"), Map.entry("APPROVED", "已批复"), Map.entry("IN_PROGRESS", "实施中"),
            Map.entry("SUSPENDED", "已暂停"), Map.entry("COMPLETED", "已完工"), Map.entry("ACCEPTED", "已验收"),
            Map.entry("CANCELLED", "已取消"),
            Map.entry("ROAD_HARDENING", "道路硬化"), Map.entry("WATER_PUMPING_STATION", "提灌站"),
            Map.entry("BAKING_ROOM", "烤房"), Map.entry("PHOTOVOLTAIC_STATION", "光伏电站"),
            Map.entry("TRAINING_CENTER", "培训中心"), Map.entry("FRUIT_STORAGE", "果品储藏"),
            Map.entry("SCHOOL_REPAIR", "校舍维修"), Map.entry("HEALTH_STATION", "卫生室"),
            Map.entry("ELDERLY_DAY_CARE", "日间照料中心"), Map.entry("INDUSTRY", "产业项目"), Map.entry("OTHER", "其他"),
            Map.entry("PHOTOVOLTAIC", "光伏收益"), Map.entry("LAND_TRANSFER", "土地流转"), Map.entry("ASSET_RENT", "资产租赁"),
            Map.entry("PUBLIC_WELFARE_JOBS", "公益岗位"), Map.entry("HOUSEHOLD_DIVIDENDS", "农户分红"),
            Map.entry("MAINTENANCE", "管护维修"),
            Map.entry("CENTRAL", "中央"), Map.entry("PROVINCIAL", "省级"), Map.entry("MUNICIPAL", "市级"),
            Map.entry("COUNTY", "县级"), Map.entry("DISPATCHING_UNIT", "派驻单位"), Map.entry("SOCIAL_DONATION", "社会捐赠"));

    private ChineseNames() {
    }

    /** The Chinese name of {@code code}, or the code itself when it has none; null stays null. */
    public static String of(String code) {
        return code == null ? null : ALL.getOrDefault(code, code);
    }
}
