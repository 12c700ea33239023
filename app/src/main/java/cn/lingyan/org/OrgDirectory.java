package cn.lingyan.org;

import cn.lingyan.refusal.ErrorCode;
import cn.lingyan.refusal.InvalidInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Read-only view of the configured org tree, checked for consistent division codes at start. */
@Component
public class OrgDirectory {

    private final Map<String, OrgUnit> units = new LinkedHashMap<>();
    private final Map<String, OrgProperties.Role> roles;

    OrgDirectory(OrgProperties properties) {
        this.roles = properties.roles();
        for (OrgProperties.County county : properties.counties()) {
            add(new OrgUnit(county.code(), county.name(), OrgLevel.COUNTY, null, county.slug()));
            for (OrgProperties.Township township : county.townships()) {
                add(new OrgUnit(township.code(), township.name(), OrgLevel.TOWNSHIP, county.code(), township.slug()));
                for (OrgProperties.Village village : township.villages()) {
                    add(new OrgUnit(village.code(), village.name(), OrgLevel.VILLAGE, township.code(), village.slug()));
                }
            }
        }
    }

    private void add(OrgUnit unit) {
        String code = unit.code();
        if (OrgLevel.find(code).orElse(null) != unit.level()) {
            throw new IllegalStateException("Org unit " + unit.name() + " needs a " + unit.level().codeLength()
                    + "-digit division code, got " + code);
        }
        if (unit.parentCode() != null && !code.startsWith(unit.parentCode())) {
            throw new IllegalStateException("Org unit " + code + " does not start with its parent's code " + unit.parentCode());
        }
        if (units.putIfAbsent(code, unit) != null) {
            throw new IllegalStateException("Duplicate org unit code " + code);
        }
    }

    public List<OrgUnit> all() {
        return List.copyOf(units.values());
    }

    public List<OrgUnit> atLevel(OrgLevel level) {
        return units.values().stream().filter(u -> u.level() == level).toList();
    }

    public Optional<OrgUnit> find(String code) {
        return Optional.ofNullable(code).map(units::get);
    }

    /** The village with this code, or a refusal a person can act on. */
    public OrgUnit village(String code) {
        OrgUnit unit = code == null ? null : units.get(code.trim());
        if (unit == null || unit.level() != OrgLevel.VILLAGE) {
            throw new InvalidInputException(ErrorCode.UNKNOWN_VILLAGE, String.valueOf(code));
        }
        return unit;
    }

    /** The unit with this code, whatever its level, or a refusal a person can act on. */
    public OrgUnit unit(String code) {
        return unit(code, OrgLevel.of(code == null ? null : code.trim()));
    }

    public OrgUnit unit(String code, OrgLevel level) {
        OrgUnit unit = code == null ? null : units.get(code.trim());
        if (unit == null || unit.level() != level) {
            throw new InvalidInputException(ErrorCode.UNKNOWN_UNIT, String.valueOf(code));
        }
        return unit;
    }

    public List<OrgUnit> children(String parentCode) {
        List<OrgUnit> result = new ArrayList<>();
        for (OrgUnit unit : units.values()) {
            if (parentCode.equals(unit.parentCode())) {
                result.add(unit);
            }
        }
        return result;
    }

    /** All villages of a county or township. */
    public List<OrgUnit> villagesUnder(String code) {
        List<OrgUnit> result = new ArrayList<>();
        for (OrgUnit unit : units.values()) {
            if (unit.level() == OrgLevel.VILLAGE && unit.code().startsWith(code)) {
                result.add(unit);
            }
        }
        return result;
    }

    public Map<String, OrgProperties.Role> roles() {
        return Collections.unmodifiableMap(roles);
    }

    public OrgProperties.Role role(String role) {
        OrgProperties.Role definition = roles.get(role);
        if (definition == null) {
            throw new IllegalArgumentException("Unknown role " + role + "; configured: " + roles.keySet());
        }
        return definition;
    }
}
