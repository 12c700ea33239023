package cn.lingyan.vetting;

import java.time.LocalDate;

/** A reserve cadre (后备力量) in the county register, with the person's name for listings. */
public record ReserveRow(
        Long id,
        Long personId,
        String personName,
        String countyCode,
        String townshipCode,
        String villageCode,
        String villageName,
        String direction,
        Long vettingId,
        String status,
        LocalDate enteredOn,
        LocalDate leftOn,
        String leaveReason) {}
