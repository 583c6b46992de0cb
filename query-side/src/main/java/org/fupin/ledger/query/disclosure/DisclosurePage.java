package org.fupin.ledger.query.disclosure;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import java.util.Locale;
import java.util.Map;

/**
 * The sheet as a printable HTML page with Chinese labels, from the {@code disclosure.html} template.
 * Thymeleaf escapes every value, so whatever text a user stored comes back as text, never as markup.
 */
@Component
class DisclosurePage {

    private static final Map<String, String> LABELS = Map.ofEntries(
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

    private final TemplateEngine templates;

    DisclosurePage(TemplateEngine templates) {
        this.templates = templates;
    }

    String render(DisclosureSheet sheet) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("sheet", sheet);
        context.setVariable("labels", LABELS);
        return templates.process("disclosure", context);
    }
}
