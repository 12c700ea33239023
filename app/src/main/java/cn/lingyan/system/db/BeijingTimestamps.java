package cn.lingyan.system.db;

import cn.lingyan.system.BeijingTime;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.MappedTypes;

/**
 * Our TIMESTAMP columns hold Beijing wall-clock time (see {@link BeijingTime}): a moment is written as its Beijing
 * local date-time and read back at +08:00, which no JDBC driver shifts by the JVM's zone (a {@code java.sql.Timestamp}
 * would be). Whole seconds, as MariaDB stores them, so H2 and MariaDB answer the same. Registered for every
 * {@link OffsetDateTime} through {@code mybatis.type-handlers-package}.
 */
@MappedTypes(OffsetDateTime.class)
public class BeijingTimestamps extends BaseTypeHandler<OffsetDateTime> {

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, OffsetDateTime parameter, JdbcType jdbcType) throws SQLException {
        ps.setObject(i, parameter.atZoneSameInstant(BeijingTime.ZONE).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS));
    }

    @Override
    public OffsetDateTime getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return beijing(rs.getObject(columnName, LocalDateTime.class));
    }

    @Override
    public OffsetDateTime getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return beijing(rs.getObject(columnIndex, LocalDateTime.class));
    }

    @Override
    public OffsetDateTime getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return beijing(cs.getObject(columnIndex, LocalDateTime.class));
    }

    private static OffsetDateTime beijing(LocalDateTime wallClock) {
        return wallClock == null ? null : wallClock.atZone(BeijingTime.ZONE).toOffsetDateTime();
    }
}
