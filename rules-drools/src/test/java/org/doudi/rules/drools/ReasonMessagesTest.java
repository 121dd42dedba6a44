package org.doudi.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.doudi.rules.api.money.BigMoney;
import org.doudi.rules.api.money.Money;

/**
 * The messages of reasons: the template of the code (or of its variant) in the request's language, the figures and
 * words filled in; an analyst's folder replacing a built-in template or adding one for its own code.
 */
class ReasonMessagesTest {

    private static final Map<String, Object> COVERED = Map.of("net", Money.parse("300.00"),
            "standard", Money.parse("520.00"));

    @Test
    @DisplayName("a code's template in Chinese and in English, with the member and the figures")
    void builtIn() {
        ReasonMessages messages = ReasonMessages.builtIn();

        assertThat(messages.render(Locale.CHINESE, "SINGLE_PERSON_COVERED", "李小军（m2）", COVERED))
                .isEqualTo("李小军（m2） 本人月收入 300.00 元低于低保标准 520.00 元，按单人户纳入低保");
        assertThat(messages.render(Locale.ENGLISH, "SINGLE_PERSON_COVERED", "m2", COVERED))
                .isEqualTo("m2: own monthly income 300.00 yuan is below the standard 520.00 yuan: covered as a "
                        + "single-person unit");
        assertThat(messages.has(Locale.CHINESE, "SINGLE_PERSON_COVERED")).isTrue();
        assertThat(messages.has(Locale.CHINESE, "NO_SUCH_CODE")).isFalse();
        assertThat(messages.render(Locale.CHINESE, "NO_SUCH_CODE", "", Map.of())).isEqualTo("NO_SUCH_CODE");
        assertThat(messages.placeholders(Locale.CHINESE, "SINGLE_PERSON_COVERED", COVERED))
                .containsExactlyInAnyOrder("member", "net", "standard");
        assertThat(messages.placeholders(Locale.CHINESE, "NO_SUCH_CODE", Map.of())).isEmpty();
    }

    @Test
    @DisplayName("a variant figure chooses the variant's template; without it, the code's own")
    void variant() {
        ReasonMessages messages = ReasonMessages.builtIn();
        Map<String, Object> exempt = Map.of("incomeType", "SUPPORT_PAYMENT", "amount", Money.parse("200.00"),
                "basis", "SINGLE_PERSON_SUPPORT_EXEMPT");
        Map<String, Object> plain = Map.of("incomeType", "SUPPORT_PAYMENT", "amount", Money.parse("200.00"));

        assertThat(messages.render(Locale.CHINESE, "INCOME_EXCLUDED", "m2", exempt)).startsWith("m2 按单人户核算本人收入时")
                .contains("所得赡养（抚养、扶养）费 200.00 元按本地规定不计入本人收入");
        assertThat(messages.render(Locale.CHINESE, "INCOME_EXCLUDED", "m2", plain))
                .isEqualTo("m2 的赡养（抚养、扶养）费 200.00 元按规定不计入家庭收入");
        assertThat(messages.words(Locale.CHINESE, "incomeType", "SUPPORT_PAYMENT")).isEqualTo("赡养（抚养、扶养）费");
        assertThat(messages.words(Locale.CHINESE, "incomeType", "NO_SUCH_TYPE")).isNull();
    }

    @Test
    @DisplayName("an exact figure shows two decimals when it has no more, else all its decimals")
    void exactFigures() {
        assertThat(ReasonMessages.format(BigMoney.of(new BigDecimal("212.3")))).isEqualTo("212.30");
        assertThat(ReasonMessages.format(BigMoney.of(new BigDecimal("212.298")))).isEqualTo("212.298");
        assertThat(ReasonMessages.format(BigMoney.of(new BigDecimal("212.2980")))).isEqualTo("212.298");
        assertThat(ReasonMessages.format(BigMoney.of(new BigDecimal("212")))).isEqualTo("212.00");
        assertThat(ReasonMessages.format(3)).isEqualTo("3");
    }

    @Test
    @DisplayName("a folder's message files replace a built-in template and add its own codes; a folder without them "
            + "changes nothing")
    void folder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("messages_zh.properties"),
                "SINGLE_PERSON_COVERED=单人户：{member} 本人 {net} 元\nMY_CODE=本县规定：{member}\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("messages_en.properties"), "MY_CODE=county rule: {member}\n",
                StandardCharsets.UTF_8);
        Path empty = Files.createDirectory(dir.resolve("empty"));

        ReasonMessages withFolder = ReasonMessages.builtInWithFolder(dir);
        ReasonMessages unchanged = ReasonMessages.builtInWithFolder(empty);

        assertThat(withFolder.render(Locale.CHINESE, "SINGLE_PERSON_COVERED", "m2", COVERED))
                .isEqualTo("单人户：m2 本人 300.00 元");
        assertThat(withFolder.render(Locale.CHINESE, "MY_CODE", "m1", Map.of())).isEqualTo("本县规定：m1");
        assertThat(withFolder.render(Locale.ENGLISH, "MY_CODE", "m1", Map.of())).isEqualTo("county rule: m1");
        assertThat(withFolder.render(Locale.ENGLISH, "SINGLE_PERSON_COVERED", "m2", COVERED)).startsWith("m2: own");
        assertThat(unchanged.render(Locale.CHINESE, "SINGLE_PERSON_COVERED", "m2", COVERED))
                .isEqualTo(ReasonMessages.builtIn().render(Locale.CHINESE, "SINGLE_PERSON_COVERED", "m2", COVERED));
    }
}
