package cn.lingyan.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Camunda creates its MySQL tables in 3-byte utf8, which rejects 4-byte characters such as the rare CJK
 * characters in some personal names (𠮷). Form values become process variables, so a name or a note with
 * such a character would fail the whole task completion. After the engine has created or checked its
 * schema, this widens the engine's free-text columns (variables, their history, comments, task texts,
 * user and group names, operation log, incident and job messages) to utf8mb4 with a binary collation,
 * once and idempotently. Indexed identifier columns are left as Camunda made them.
 */
@Component
class Utf8mb4TextColumns extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(Utf8mb4TextColumns.class);

    static final List<String[]> COLUMNS = List.of(
            new String[] {"ACT_RU_VARIABLE", "TEXT_"}, new String[] {"ACT_RU_VARIABLE", "TEXT2_"},
            new String[] {"ACT_HI_VARINST", "TEXT_"}, new String[] {"ACT_HI_VARINST", "TEXT2_"},
            new String[] {"ACT_HI_DETAIL", "TEXT_"}, new String[] {"ACT_HI_DETAIL", "TEXT2_"},
            new String[] {"ACT_RU_TASK", "DESCRIPTION_"}, new String[] {"ACT_HI_TASKINST", "DESCRIPTION_"},
            new String[] {"ACT_HI_COMMENT", "MESSAGE_"},
            new String[] {"ACT_ID_USER", "FIRST_"}, new String[] {"ACT_ID_USER", "LAST_"},
            new String[] {"ACT_ID_GROUP", "NAME_"},
            new String[] {"ACT_HI_OP_LOG", "ORG_VALUE_"}, new String[] {"ACT_HI_OP_LOG", "NEW_VALUE_"},
            new String[] {"ACT_RU_INCIDENT", "INCIDENT_MSG_"}, new String[] {"ACT_HI_INCIDENT", "INCIDENT_MSG_"},
            new String[] {"ACT_RU_JOB", "EXCEPTION_MSG_"});

    private final boolean enabled;

    Utf8mb4TextColumns(@Value("${lingyan.db.utf8mb4-engine-text:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (!enabled || !"mysql".equals(configuration.getDatabaseType())) {
            return;
        }
        try (Connection connection = configuration.getDataSource().getConnection()) {
            int widened = 0;
            for (String[] column : COLUMNS) {
                widened += widen(connection, column[0], column[1]) ? 1 : 0;
            }
            if (widened > 0) {
                log.info("Widened {} Camunda text columns to utf8mb4", widened);
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot widen Camunda text columns to utf8mb4", e);
        }
    }

    private static boolean widen(Connection connection, String table, String column) throws SQLException {
        String sql = "SELECT COLUMN_TYPE, CHARACTER_SET_NAME, IS_NULLABLE FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?";
        String type;
        boolean nullable;
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, table);
            query.setString(2, column);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next() || "utf8mb4".equalsIgnoreCase(row.getString(2))) {
                    return false;
                }
                type = row.getString(1);
                nullable = "YES".equals(row.getString(3));
            }
        }
        if (!type.matches("(?i)varchar\\(\\d+\\)")) {
            throw new IllegalStateException("Unexpected type " + type + " of " + table + "." + column);
        }
        try (Statement alter = connection.createStatement()) {
            // identifiers come from the constant list above and the type from the catalogue, checked just before
            alter.execute("ALTER TABLE " + table + " MODIFY " + column + " " + type
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin " + (nullable ? "NULL" : "NOT NULL"));
        }
        return true;
    }
}
