package org.doudi.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Residence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parameter catalog is complete and is what the loader, the getters and the shipped files follow: every parameter
 * the shipped profiles set is declared with both descriptions and a unit; every getter of {@link Parameters} is a
 * declared parameter of the declared kind; every declared parameter has a national value unless it is optional or
 * set where used; the loader checks a file against the declaration (unit, limits, allowed names).
 */
class ParameterCatalogTest {

    /** Required parameters that cn-national leaves unset: each place (standard) or each setting that needs one sets it. */
    private static final Set<String> SET_WHERE_USED = Set.of("standard", "payment.perPerson", "payment.floorRatio",
            "voluntaryExit.minMonths", "voluntaryExit.maxMonths", "bridge.minMonths", "bridge.maxMonths");

    /** Getters of {@link Parameters} that are not parameters of the profile files. */
    private static final Set<String> NOT_PARAMETERS = Set.of("profileId", "residence", "date", "standardEffectiveFrom");

    @TempDir
    Path tmp;

    @Test
    void every_parameter_the_shipped_profiles_set_is_declared_with_descriptions_and_a_unit() {
        Set<String> set = new TreeSet<>();
        for (Profile p : ProfileRepository.builtIn().all()) {
            set.addAll(p.parameterNames());
        }
        assertThat(ParameterCatalog.keys()).containsAll(set);
        for (ParameterSpec s : ParameterCatalog.all()) {
            assertThat(s.descriptionZh()).as(s.key()).containsPattern("\\p{IsHan}").doesNotEndWith("。");
            assertThat(s.descriptionEn()).as(s.key()).matches("[A-Z][^。，；：（）]*[^.]").doesNotContain("  ");
            assertThat(s.unit()).as(s.key()).isNotNull();
            // switches, names and roundings have no unit; every other kind has one, and money is in yuan
            boolean unitless = Set.of(ParameterKind.BOOL, ParameterKind.NAME, ParameterKind.NAMES,
                    ParameterKind.ROUNDING).contains(s.kind());
            assertThat(s.unit() == ParameterUnit.NONE).as(s.key()).isEqualTo(unitless);
            if (Set.of(ParameterKind.MONEY, ParameterKind.MONEY_BY_CATEGORY, ParameterKind.MONEY_BY_KEY,
                    ParameterKind.NURSING).contains(s.kind())) {
                assertThat(s.unit()).as(s.key()).isIn(ParameterUnit.YUAN, ParameterUnit.YUAN_PER_PERSON_MONTH);
            }
            // closed kinds list their names; a ratio is at most 1, a percent at most 100
            assertThat(s.allowedValues().isEmpty()).as(s.key()).isEqualTo(!Set.of(ParameterKind.NAME,
                    ParameterKind.NAMES, ParameterKind.NURSING).contains(s.kind()));
            if (s.unit() == ParameterUnit.RATIO) {
                assertThat(s.maximum()).as(s.key()).isEqualByComparingTo(BigDecimal.ONE);
            }
            if (s.unit() == ParameterUnit.PERCENT) {
                assertThat(s.maximum()).as(s.key()).isEqualByComparingTo("100");
            }
            assertThat(ParameterCatalog.byKey(s.key())).contains(s);
            assertThat(ParameterCatalog.inArea(s.area())).contains(s);
        }
        assertThat(ParameterCatalog.keys()).doesNotHaveDuplicates();
        assertThat(ParameterCatalog.byKey("edge.multiplyer")).isEmpty();
    }

    @Test
    void every_required_parameter_has_a_national_value_unless_it_is_set_where_used() {
        Profile national = ProfileRepository.builtIn().byId("cn-national").orElseThrow();
        for (ParameterSpec s : ParameterCatalog.all()) {
            boolean hasNational = !national.history(s.key(), Residence.URBAN).isEmpty();
            assertThat(hasNational).as(s.key()).isEqualTo(!SET_WHERE_USED.contains(s.key()));
            if (SET_WHERE_USED.contains(s.key())) {
                assertThat(s.optional()).as(s.key()).isFalse();
            }
        }
    }

    @Test
    void every_getter_of_parameters_is_a_declared_parameter_of_its_kind() {
        Map<String, ParameterSpec> byGetter = ParameterCatalog.all().stream()
                .collect(Collectors.toMap(ParameterSpec::getterName, s -> s));
        Map<String, Class<?>> getters = new HashMap<>();
        for (Method m : Parameters.class.getMethods()) {
            if (m.getParameterCount() == 0 && !java.lang.reflect.Modifier.isStatic(m.getModifiers())
                    && !NOT_PARAMETERS.contains(m.getName())) {
                getters.put(m.getName(), m.getReturnType());
            }
        }
        assertThat(getters.keySet()).containsExactlyInAnyOrderElementsOf(byGetter.keySet());
        getters.forEach((name, type) -> {
            ParameterSpec s = byGetter.get(name);
            Class<?> expected = switch (s.kind()) {
                case MONEY -> Money.class;
                case DECIMAL -> BigDecimal.class;
                case INT -> int.class;
                case BOOL -> boolean.class;
                case NAME -> s.key().equals("single.ruleset") ? String.class : PaymentMode.class;
                case NAMES -> Set.class;
                case ROUNDING -> Rounding.class;
                case MONEY_BY_CATEGORY, DECIMAL_BY_CATEGORY, MONEY_BY_KEY, NURSING -> Map.class;
                case DECIMAL_LIST -> List.class;
            };
            assertThat(type).as(name).isEqualTo(expected);
        });
        assertThat(ParameterCatalog.byKey("assets.vehicleValueCap").orElseThrow().getterName())
                .isEqualTo("assetsVehicleValueCap");
    }

    @Test
    void the_loader_checks_units_limits_and_names_from_the_declaration() throws Exception {
        Files.writeString(tmp.resolve("a.yaml"), String.join("\n",
                "id: zz-a",
                "name: 甲",
                "parameters:",
                "  standard:",
                "    unit: 元/年",
                "    values:",
                "      - {from: 2020-01-01, value: 4788, source: x}",
                "  sampling.ratio:",
                "    unit: 比例",
                "    values:",
                "      - {value: 30, source: x}",
                "  phaseOut.schedulePct:",
                "    values:",
                "      - {value: [100, 150], source: x}",
                "  category.enabled:",
                "    unit: 比例",
                "    values:",
                "      - {value: true, source: x}",
                "  payment.mode:",
                "    values:",
                "      - {value: FIXED, source: x}",
                "  phaseOut.causes:",
                "    values:",
                "      - {value: [EMPLOYMENT, EMPLOYMENT], source: x}",
                "  visit.minStaf:",
                "    values:",
                "      - {value: 2, source: x}",
                ""));
        assertThat(ProfileRepository.check(tmp)).extracting(ConfigProblem::line, ConfigProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(5, "the unit of standard is 元/人·月, found '元/年' (write a"
                                + " yearly amount as yearly: instead of value:; it is converted to a monthly one)"),
                        org.assertj.core.groups.Tuple.tuple(11, "sampling.ratio must be at most 1 (ratio), found 30"),
                        org.assertj.core.groups.Tuple.tuple(14, "phaseOut.schedulePct must be at most 100 (percent),"
                                + " found 150"),
                        org.assertj.core.groups.Tuple.tuple(16, "category.enabled has no unit, found unit '比例'"),
                        org.assertj.core.groups.Tuple.tuple(21, "wrong type for payment.mode: expected one of [GAP,"
                                + " CATEGORY_FIXED, GRADED_GAP], found text 'FIXED'"),
                        org.assertj.core.groups.Tuple.tuple(24, "EMPLOYMENT is listed twice in phaseOut.causes"),
                        org.assertj.core.groups.Tuple.tuple(25, "unknown parameter 'visit.minStaf' (did you mean"
                                + " 'visit.minStaff'?)"));
    }

    @Test
    void the_shipped_files_units_agree_with_the_catalog_and_values_at_the_limit_load() throws Exception {
        // every shipped unit: is the catalog's (else the built-in profiles would not load)
        assertThat(ProfileRepository.builtIn().all()).isNotEmpty();
        Files.writeString(tmp.resolve("b.yaml"), String.join("\n",
                "id: zz-b",
                "name: 乙",
                "parameters:",
                "  sampling.ratio:",
                "    unit: 比例",
                "    values:",
                "      - {value: 1, source: x}",
                "  phaseOut.schedulePct:",
                "    unit: \"%\"",
                "    values:",
                "      - {value: [100, 0], source: x}",
                ""));
        assertThat(ProfileRepository.check(tmp)).isEmpty();
    }
}
