package org.doudi.rules.drools.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.doudi.rules.api.batch.BatchOptions;
import org.doudi.rules.api.screening.Finding;
import org.doudi.rules.api.screening.ScreeningResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Payment cards (一卡通) within one case: one finding per holder with several cards, on the holder's first card; a
 * card held by staff with recorded consent, and a member's card without a holder's ID number, are no finding.
 */
class CardFindingsTest {

    private static final String HEAD_ID = "620422195707071124";

    private static List<Finding> findings(Path dir, String cards) throws IOException {
        Path caseload = dir.resolve("caseload.jsonl");
        Files.writeString(caseload, """
                {"caseId":"K-1","kind":"REVIEW","profile":"gs-huining","asOf":"2020-06-15","residence":"URBAN",\
                "members":[{"id":"m1","name":"林建华","idNumber":"%s","relation":"HEAD","birthDate":"1960-01-01",\
                "laborCapacity":"NONE"}],"enrollment":{"since":"2019-01","monthlyAmount":"524.00",\
                "coveredMembers":["m1"],"filed":false,"cards":[%s]}}
                """.formatted(HEAD_ID, cards), StandardCharsets.UTF_8);
        List<ScreeningResult> results = CaseloadScreenerTest.screen(caseload, Registries.none(), Locale.CHINESE,
                BatchOptions.singleThread()).results();
        assertThat(results).singleElement().isInstanceOf(ScreeningResult.Screened.class);
        return ((ScreeningResult.Screened) results.get(0)).findings();
    }

    @Test
    @DisplayName("户主持本案第二、三张卡，另有一张经登记备案的工作人员代持卡：一户多卡；一人多卡只报一次，在其第一张卡上")
    void oneHolderWithTwoCardsInTheCase(@TempDir Path dir) throws IOException {
        List<Finding> found = findings(dir, """
                {"cardId":"K-1-A","holderIdNumber":"620422197101011191","holderRole":"STAFF","registered":true},\
                {"cardId":"K-1-B","holderIdNumber":"%s","holderRole":"MEMBER"},\
                {"cardId":"K-1-C","holderIdNumber":"%s","holderRole":"MEMBER"}""".formatted(HEAD_ID, HEAD_ID));
        assertThat(found).extracting(Finding::code).extracting(Enum::name)
                .containsExactly("CARD_MULTIPLE_PER_HOUSEHOLD", "CARD_MULTIPLE_PER_PERSON");
        assertThat(found.get(0).detail()).isEqualTo("本案有 3 张发放卡（K-1-A, K-1-B, K-1-C），应一户一卡");
        assertThat(found.get(1).detail())
                .isEqualTo("卡 K-1-B 的持卡人（身份证号 **************1124）在本名册中共有 2 张卡，本案 2 张");
    }

    @Test
    @DisplayName("成员持卡但未填持卡人身份证号：无从比对，不报持卡人不一致")
    void memberCardWithoutHolderId(@TempDir Path dir) throws IOException {
        assertThat(findings(dir, """
                {"cardId":"K-1-A","holderRole":"MEMBER"}""")).isEmpty();
    }
}
