package cn.lingyan.policy;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The policy owners' change log (ly_policy_change) and what the application's starts did with the shared default it
 * ships (ly_policy_shipment). SQL in PolicyLog.xml.
 */
@Mapper
public interface PolicyLog {

    void insertChange(PolicyChangeRow row);

    PolicyChangeRow findByDeployment(String deploymentId);

    /** Changes of the shared default and of the given county (or of every county when {@code tenantId} is null), newest first. */
    List<PolicyChangeRow> findChanges(@Param("tenantId") String tenantId, @Param("limit") int limit);

    ShipmentRow findShipment(String unitName);

    void insertShipment(ShipmentRow row);

    int updateShipment(ShipmentRow row);
}
