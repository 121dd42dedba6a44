package org.doudi.rules.drools.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The registry files a screening is given: by registry, from a folder, and the columns each registry has. */
class RegistriesTest {

    @Test
    @DisplayName("given files come in registry order; none given is none")
    void given() {
        Path tekun = Path.of("tekun.csv");
        Path deaths = Path.of("deaths.csv");
        assertThat(Registries.of(Map.of(Registry.TEKUN, tekun, Registry.DEATHS, deaths)).files())
                .containsExactly(Map.entry(Registry.DEATHS, deaths), Map.entry(Registry.TEKUN, tekun));
        assertThat(Registries.of(Map.of()).files()).isEmpty();
        assertThat(Registries.none().files()).isEmpty();
    }

    @Test
    @DisplayName("a folder: its registry files; hidden files and sub-folders ignored; a file of another name refused")
    void folder() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "registries-test", "folder"));
        Files.writeString(dir.resolve("deaths.csv"), "idNumber,deathDate\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(".deaths.csv.swp"), "", StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("old"));
        assertThat(Registries.fromDirectory(dir).files()).containsExactly(Map.entry(Registry.DEATHS,
                dir.resolve("deaths.csv")));

        Path misspelt = Files.createDirectories(Path.of("target", "registries-test", "misspelt"));
        Files.writeString(misspelt.resolve("vehicle.csv"), "", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Registries.fromDirectory(misspelt)).isInstanceOf(RegistryFileException.class)
                .hasMessageContaining("holds file(s) of no known registry: vehicle.csv (known: deaths.csv, ");
        assertThatThrownBy(() -> Registries.fromDirectory(misspelt.resolve("none"))).isInstanceOf(
                RegistryFileException.class).hasMessageStartingWith("cannot read the registry folder ");
    }

    @Test
    @DisplayName("each registry's file name and columns: the ID number first, then the required, then the optional")
    void columns() {
        assertThat(Registry.byFileName("vehicles.csv")).isEqualTo(Registry.VEHICLES);
        assertThat(Registry.byFileName("vehicle.csv")).isNull();
        assertThat(Registry.VEHICLES.idColumn()).isEqualTo("ownerIdNumber");
        assertThat(Registry.VEHICLES.required()).containsExactly("ownerIdNumber", "kind", "registeredOn");
        assertThat(Registry.VEHICLES.optional()).containsExactly("value");
        assertThat(Registry.DETENTIONS.optional()).containsExactly("to");
        assertThat(Registry.BUSINESSES.optional()).containsExactly("capital");
        assertThat(Registry.PUBLIC_PAYROLL.optional()).containsExactly("employer");
        assertThat(Registry.TEKUN.optional()).containsExactly("region");
        assertThat(Registry.DIBAO_ELSEWHERE.optional()).containsExactly("caseId");
        assertThat(List.of(Registry.DEATHS, Registry.PROPERTIES, Registry.MONITORED))
                .allSatisfy(r -> assertThat(r.optional()).isEmpty());
    }
}
