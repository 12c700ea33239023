package cn.lingyan.vetting;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One person in the archive (一人一档). {@link #toString()} masks the identity number. */
public record PersonRow(
        Long id,
        String idNumber,
        String name,
        String gender,
        LocalDate birthDate,
        String countyCode,
        String townshipCode,
        String villageCode,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    @Override
    public String toString() {
        return "PersonRow[id=" + id + ", idNumber=" + ResidentId.mask(idNumber) + ", village=" + villageCode + "]";
    }
}
