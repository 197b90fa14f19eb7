package org.nianbao.model;

import java.util.Optional;

/** Who reports: a government at county level or above (deadline 31 March) or any other body (31 January). */
public enum Level {
    GOVERNMENT("government", "县级以上人民政府", "government at county level or above"),
    DEPARTMENT("department", "部门", "department");

    private final String id;
    private final Text name;

    Level(String id, String zh, String en) {
        this.id = id;
        this.name = Text.of(zh, en);
    }

    public String id() {
        return id;
    }

    public Text displayName() {
        return name;
    }

    public static Optional<Level> byId(String id) {
        for (Level l : values()) {
            if (l.id.equals(id)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
