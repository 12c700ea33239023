package cn.lingyan.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 11643-1999 identity numbers: check character, birth date, gender, masking. */
class ResidentIdTest {

    /** The standard's own worked example. */
    static final String SAMPLE = "11010519491231002X";

    @Test
    void acceptsTheStandardsExample() {
        assertThat(ResidentId.problem(SAMPLE)).isNull();
        ResidentId id = ResidentId.of(SAMPLE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.gender()).isEqualTo("F");
        assertThat(ResidentId.of(SAMPLE.toLowerCase()).number()).isEqualTo(SAMPLE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            110105194912310021 | 校验位
            11010519491231002  | 应为18位
            1101051949123100211 | 应为18位
            11010519491331002X | 出生日期
            11010519490229002X | 出生日期
            A1010519491231002X | 应为18位
            """)
    void refusesWithAReason(String number, String reason) {
        assertThat(ResidentId.problem(number)).contains(reason);
    }

    @Test
    void refusesNothing() {
        assertThat(ResidentId.problem(null)).contains("应为18位");
        assertThat(ResidentId.problem("")).contains("应为18位");
    }

    @Test
    void checkCharacterCoversEveryRemainder() {
        // the 11 possible remainders map onto 1 0 X 9 8 7 6 5 4 3 2
        assertThat(ResidentId.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentId.checkCharacter("99010119850312123")).isEqualTo(VettingForms.idNumber("19850312", "123").charAt(17));
    }

    @Test
    void oddSequenceIsAMan() {
        assertThat(ResidentId.of(VettingForms.idNumber("19850312", "123")).gender()).isEqualTo("M");
        assertThat(ResidentId.of(VettingForms.idNumber("19850312", "124")).gender()).isEqualTo("F");
    }

    @Test
    void maskKeepsRegionAndLastFourOnly() {
        ResidentId id = ResidentId.of(SAMPLE);
        assertThat(id.masked()).isEqualTo("110105********002X");
        assertThat(id.toString()).isEqualTo(id.masked()).doesNotContain("19491231");
        assertThat(ResidentId.mask(null)).isEqualTo("******");
    }
}
