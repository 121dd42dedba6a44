package org.doudi.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/**
 * The parameter table of docs/analysts/profiles.md is the one the catalog and the shipped profiles make: a parameter
 * added, renamed, re-described or given another national default without regenerating the page fails here. Run with
 * {@code -Ddoudi.docs.write=true} to rewrite the page (see {@link ParameterTable}).
 */
class ParameterDocsTest {

    @Test
    void the_analysts_parameter_table_is_generated_from_the_catalog() throws Exception {
        if (Boolean.getBoolean("doudi.docs.write")) {
            ParameterTable.write();
        }
        String page = Files.readString(ParameterTable.PAGE, StandardCharsets.UTF_8);
        String expected = ParameterTable.render(ProfileRepository.builtIn());
        assertThat(page).as("docs/analysts/profiles.md has the table between its markers; regenerate it with"
                + " -Ddoudi.docs.write=true (docs/contributing.md)").contains(ParameterTable.BEGIN, ParameterTable.END);
        String actual = page.substring(page.indexOf(ParameterTable.BEGIN),
                page.indexOf(ParameterTable.END) + ParameterTable.END.length() + 1);
        assertThat(actual).as("the parameter table of docs/analysts/profiles.md differs from the catalog; regenerate"
                + " it with -Ddoudi.docs.write=true (docs/contributing.md)").isEqualTo(expected);
    }

    @Test
    void every_parameter_appears_once_in_the_generated_table() {
        String table = ParameterTable.render(ProfileRepository.builtIn());
        for (String key : ParameterCatalog.keys()) {
            assertThat(table.split("\\| `" + java.util.regex.Pattern.quote(key) + "` \\|", -1)).as(key).hasSize(2);
        }
    }
}
