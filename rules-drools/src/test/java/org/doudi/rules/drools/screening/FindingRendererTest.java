package org.doudi.rules.drools.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.doudi.rules.drools.ReasonMessages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How a finding's detail names another case: by its id, with its line when known, in the reader's language. */
class FindingRendererTest {

    private static final FindingRenderer RENDERER = new FindingRenderer(ReasonMessages.fromResources(
            "org/doudi/rules/screening/findings_zh.properties", "org/doudi/rules/screening/findings_en.properties"));

    @Test
    @DisplayName("another case: id and line; the id alone when the line is unknown; ? without an id")
    void caseRef() {
        assertThat(RENDERER.caseRef("A-17", 12, Locale.CHINESE)).isEqualTo("案件 A-17（第 12 行）");
        assertThat(RENDERER.caseRef("A-17", 1, Locale.ENGLISH)).isEqualTo("case A-17 (line 1)");
        assertThat(RENDERER.caseRef("A-17", 0, Locale.CHINESE)).isEqualTo("案件 A-17");
        assertThat(RENDERER.caseRef("A-17", 0, Locale.ENGLISH)).isEqualTo("case A-17");
        assertThat(RENDERER.caseRef(null, 3, Locale.CHINESE)).isEqualTo("案件 ?（第 3 行）");
    }
}
