package org.fupin.ledger.command.project;

import org.fupin.ledger.command.http.RequestFields;
import org.fupin.ledger.shared.project.ProjectType;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The type-specific figures of a project: a road's length and width, a pumping station's capacity and the
 * households and mu it serves, a baking room's rooms and crop, a PV station's capacity. Types without a spec
 * of their own take none.
 */
final class ProjectSpec {

    private record Field(String name, Kind kind) {
    }

    private enum Kind { DECIMAL, WHOLE, TEXT }

    private static final Map<ProjectType, List<Field>> FIELDS = Map.of(
            ProjectType.ROAD_HARDENING, List.of(new Field("lengthKm", Kind.DECIMAL), new Field("widthM", Kind.DECIMAL)),
            ProjectType.WATER_PUMPING_STATION, List.of(new Field("capacityM3PerHour", Kind.DECIMAL),
                    new Field("householdsServed", Kind.WHOLE), new Field("irrigatedMu", Kind.DECIMAL)),
            ProjectType.BAKING_ROOM, List.of(new Field("rooms", Kind.WHOLE), new Field("crop", Kind.TEXT)),
            ProjectType.PHOTOVOLTAIC_STATION, List.of(new Field("capacityKw", Kind.DECIMAL)));

    private ProjectSpec() {
    }

    /**
     * Checks {@code spec} against the fields its type requires, reporting problems as {@code spec.<field>},
     * and returns the values (decimals as {@link BigDecimal}, whole numbers as integers, text as strings).
     */
    static Map<String, Object> read(ProjectType type, JsonNode spec, RequestFields fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (type == null || spec == null) {
            return values;
        }
        List<Field> expected = FIELDS.getOrDefault(type, List.of());
        for (String name : spec.propertyNames()) {
            if (expected.stream().noneMatch(field -> field.name().equals(name))) {
                fields.reject("spec." + name, expected.isEmpty() ? "is not part of a " + type + " spec (it has none)"
                        : "is not part of a " + type + " spec");
            }
        }
        for (Field field : expected) {
            JsonNode value = spec.get(field.name());
            String path = "spec." + field.name();
            if (value == null || value.isNull()) {
                fields.reject(path, "is required for " + type);
            } else if (field.kind() == Kind.TEXT) {
                if (!value.isString() || value.asString().isBlank() || value.asString().length() > 100
                        || value.asString().codePoints().anyMatch(Character::isISOControl)) {
                    fields.reject(path, "must be a non-blank string of at most 100 characters");
                } else {
                    values.put(field.name(), value.asString());
                }
            } else if (field.kind() == Kind.WHOLE) {
                if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() <= 0) {
                    fields.reject(path, "must be a whole number greater than 0");
                } else {
                    values.put(field.name(), value.intValue());
                }
            } else {
                BigDecimal number = value.isNumber() && Double.isFinite(value.doubleValue()) ? value.decimalValue() : null;
                if (number == null || number.signum() <= 0 || number.compareTo(BigDecimal.valueOf(1_000_000)) > 0
                        || number.scale() > 3) {
                    fields.reject(path, "must be a number greater than 0, at most 1000000, with at most 3 decimals");
                } else {
                    values.put(field.name(), number);
                }
            }
        }
        return values;
    }
}
