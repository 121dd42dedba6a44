package org.doudi.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

import org.doudi.rules.api.PolicyConfigurationException;
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

    @Test
    @DisplayName("variant figures are tried in order (basis, which, condition, mode); one without a variant of its "
            + "own, or absent, passes to the next")
    void variantOrder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("messages_zh.properties"), """
                MY_CODE=本县规定 {basis}
                MY_CODE.B=按依据 {basis}
                MY_CODE.W=按哪一项 {which}
                MY_CODE.C=按条件 {condition}
                MY_CODE.M=按方式 {mode}
                """, StandardCharsets.UTF_8);
        ReasonMessages messages = ReasonMessages.builtInWithFolder(dir);

        assertThat(messages.render(Locale.CHINESE, "MY_CODE", "", Map.of("basis", "B", "which", "W", "mode", "M")))
                .isEqualTo("按依据 B");
        assertThat(messages.render(Locale.CHINESE, "MY_CODE", "", Map.of("basis", "X", "which", "W", "mode", "M")))
                .isEqualTo("按哪一项 W");
        assertThat(messages.render(Locale.CHINESE, "MY_CODE", "", Map.of("which", "X", "condition", "C",
                "mode", "M"))).isEqualTo("按条件 C");
        assertThat(messages.render(Locale.CHINESE, "MY_CODE", "", Map.of("mode", "M"))).isEqualTo("按方式 M");
        assertThat(messages.render(Locale.CHINESE, "MY_CODE", "", Map.of("basis", "X"))).isEqualTo("本县规定 X");
        assertThat(messages.placeholders(Locale.CHINESE, "MY_CODE", Map.of("condition", "C")))
                .containsExactly("condition");
        // the English messages have no such code: the code itself
        assertThat(messages.render(Locale.ENGLISH, "MY_CODE", "", Map.of("basis", "B"))).isEqualTo("MY_CODE");
    }

    @Test
    @DisplayName("a figure that is a code is written in the words of the message's language, else shown as "
            + "it is; a figure the reason lacks renders empty")
    void words(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("messages_zh.properties"), """
                MY_CODE={member}：{relation}，{amount} 元，{missing}。
                relation.SPOUSE=配偶
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("messages_en.properties"), """
                MY_CODE={member}: {relation}
                relation.SPOUSE=the spouse
                """, StandardCharsets.UTF_8);
        ReasonMessages messages = ReasonMessages.builtInWithFolder(dir);
        Map<String, Object> figures = Map.of("relation", "SPOUSE", "amount", Money.parse("12.50"));

        assertThat(messages.render(Locale.CHINESE, "MY_CODE", "m1", figures)).isEqualTo("m1：配偶，12.50 元，。");
        assertThat(messages.render(Locale.ENGLISH, "MY_CODE", "m1", figures)).isEqualTo("m1: the spouse");
        assertThat(messages.render(Locale.CHINESE, "MY_CODE", "m1", Map.of("relation", "NO_SUCH")))
                .isEqualTo("m1：NO_SUCH， 元，。");
        assertThat(messages.words(Locale.ENGLISH, "relation", "SPOUSE")).isEqualTo("the spouse");
        assertThat(messages.words(Locale.CHINESE, "relation", "SPOUSE")).isEqualTo("配偶");
        // a variant template is no words, though its key has the same shape
        assertThat(messages.words(Locale.CHINESE, "INCOME_EXCLUDED", "SINGLE_PERSON_SUPPORT_EXEMPT")).isNull();
    }

    @Test
    @DisplayName("the member's label is shown as it is, even where a words line happens to carry its key")
    void memberLabelIsNeverWords(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("messages_zh.properties"), """
                MY_CODE={member}：{relation}
                member.m1=户主
                relation.SPOUSE=配偶
                """, StandardCharsets.UTF_8);

        assertThat(ReasonMessages.builtInWithFolder(dir).render(Locale.CHINESE, "MY_CODE", "m1",
                Map.of("relation", "SPOUSE"))).isEqualTo("m1：配偶");
    }

    @Test
    @DisplayName("a stray line without a key in a folder's message file is harmless")
    void lineWithoutKey(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("messages_zh.properties"), "=无键\nMY_CODE=本县规定\n", StandardCharsets.UTF_8);

        assertThat(ReasonMessages.builtInWithFolder(dir).render(Locale.CHINESE, "MY_CODE", "", Map.of()))
                .isEqualTo("本县规定");
    }

    @Test
    @DisplayName("a folder's message file that cannot be read is a configuration error naming the file")
    void brokenFolderFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("messages_en.properties");
        Files.writeString(file, "MY_CODE=broken escape \\uZZZZ\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ReasonMessages.builtInWithFolder(dir))
                .isInstanceOf(PolicyConfigurationException.class)
                .satisfies(e -> assertThat(((PolicyConfigurationException) e).file()).endsWith("messages_en.properties"))
                .hasMessageContaining("cannot read the message file");
    }

    @Test
    @DisplayName("messages from other resources: their templates and words, in both languages")
    void fromResources() {
        ReasonMessages built = ReasonMessages.builtIn();
        ReasonMessages same = ReasonMessages.fromResources(RuleSet.RESOURCE_FOLDER + "messages_zh.properties",
                RuleSet.RESOURCE_FOLDER + "messages_en.properties");

        assertThat(same.render(Locale.ENGLISH, "SINGLE_PERSON_COVERED", "m2", COVERED))
                .isEqualTo(built.render(Locale.ENGLISH, "SINGLE_PERSON_COVERED", "m2", COVERED));
        assertThatThrownBy(() -> ReasonMessages.fromResources("no/such/file.properties",
                RuleSet.RESOURCE_FOLDER + "messages_en.properties"))
                .isInstanceOf(IllegalStateException.class).hasMessage("missing no/such/file.properties");
    }
}
