package cn.kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportFunctionsTest {

    /** What the ranking printed before its score cells became text: Jasper's pattern 0.0# in the report locale. */
    private static final DecimalFormat PATTERN =
            new DecimalFormat("0.0#", DecimalFormatSymbols.getInstance(Locale.SIMPLIFIED_CHINESE));

    @ParameterizedTest
    @CsvSource({
        "280, 280.0",
        "1000.00, 1000.0",
        "1E+3, 1000.0",
        "999.95, 999.95",
        "0.125, 0.12",
        "0.135, 0.14",
        "999.995, 1000.0",
        "-12.345, -12.34",
        "-0.001, -0.0",
        "0, 0.0",
        "123456789.125, 123456789.12"
    })
    void printsADecimalAsThePatternOneOrTwoDecimalsRoundedHalfEven(String value, String printed) {
        assertThat(ReportFunctions.decimal(new BigDecimal(value)))
                .isEqualTo(printed)
                .isEqualTo(PATTERN.format(new BigDecimal(value)));
    }

    @Test
    void printsEveryDecimalExactlyAsThePatternDoes() {
        Random random = new Random(19);
        for (int i = 0; i < 200_000; i++) {
            BigDecimal value = BigDecimal.valueOf(random.nextLong() % 100_000_000L, random.nextInt(7) - 1);
            assertThat(ReportFunctions.decimal(value)).as("%s", value).isEqualTo(PATTERN.format(value));
        }
    }

    @Test
    void printsNothingForNoValue() {
        assertThat(ReportFunctions.decimal(null)).isNull();
    }
}
