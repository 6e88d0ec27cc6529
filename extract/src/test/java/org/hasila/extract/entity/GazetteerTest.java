package org.hasila.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hasila.core.entity.Entity;
import org.hasila.core.text.TextNormalizer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {

    private static final Gazetteer SHIPPED = Gazetteer.fromClasspath();

    @Nested
    class Shipped {

        @Test
        void coversTheFiveConflictsWithHundredsOfEntities() {
            assertThat(SHIPPED.entities()).hasSizeGreaterThan(250);
            assertThat(SHIPPED.entities()).extracting(Entity::id).contains(
                    "grp:sdf", "grp:isis", "grp:pmf", "grp:lna", "grp:rsf", "grp:houthis",
                    "org:sohr", "org:reuters", "org:afp", "org:iraq-moh", "loc:ras-al-ain", "fac:al-hol-camp",
                    "per:farhad-shami");
        }

        @Test
        void keepsArabicAndEnglishNamesAndAliases() {
            Entity sdf = SHIPPED.byId("grp:sdf").orElseThrow();
            assertThat(sdf.type()).isEqualTo("armed_group");
            assertThat(sdf.name()).isEqualTo("Syrian Democratic Forces");
            assertThat(sdf.nameAr()).isEqualTo("قوات سوريا الديمقراطية");
            assertThat(sdf.aliases()).contains("قسد", "SDF");
        }

        @Test
        void idsCarryThePrefixOfTheirType() {
            Map<String, String> prefix = Map.of("organization", "org:", "monitor", "org:", "agency", "org:",
                    "ministry", "org:", "armed_group", "grp:", "person", "per:", "place", "loc:", "facility", "fac:");
            for (Entity e : SHIPPED.entities()) {
                assertThat(e.id()).as(e.name()).startsWith(prefix.get(e.type()));
            }
        }

        @Test
        void partOfPointsAtKnownEntities() {
            for (Entity e : SHIPPED.entities()) {
                SHIPPED.partOf(e.id()).ifPresent(parent ->
                        assertThat(SHIPPED.byId(parent)).as(e.id() + " partOf " + parent).isPresent());
            }
            assertThat(SHIPPED.partOf("per:farhad-shami")).contains("grp:sdf");
        }

        @Test
        void noWrittenFormNamesTwoEntities() {
            TextNormalizer normalizer = TextNormalizer.forMatching();
            Map<String, String> owner = new HashMap<>();
            for (Entity e : SHIPPED.entities()) {
                for (String form : forms(e)) {
                    String key = normalizer.fold(form).replaceAll("\\s+", " ").strip();
                    String other = owner.putIfAbsent(key, e.id());
                    assertThat(other == null || other.equals(e.id())).as(form + " in " + e.id() + " and " + other).isTrue();
                }
            }
        }

        private List<String> forms(Entity e) {
            List<String> forms = new java.util.ArrayList<>(e.aliases());
            forms.add(e.name());
            forms.add(e.nameAr());
            forms.removeIf(String::isBlank);
            return forms;
        }
    }

    @Nested
    class UserFile {

        @TempDir
        Path dir;

        @Test
        void loadsAUserFileOnItsOwn() throws IOException {
            Path file = write("# my own\n\norg:local-council\torganization\tLocal council\tالمجلس المحلي\tمجلس البلدة|council\n");
            Gazetteer g = Gazetteer.load(file);
            assertThat(g.entities()).hasSize(1);
            assertThat(g.byId("org:local-council").orElseThrow().aliases()).containsExactly("مجلس البلدة", "council");
        }

        @Test
        void extendsTheShippedOneWithNewEntitiesAndMoreAliases() throws IOException {
            Path file = write("grp:sdf\tarmed_group\t\t\tقوات قسد الكردية\n"
                    + "per:new-spokesman\tperson\tAli Example\tعلي المثال\t\tgrp:sdf\n");
            Gazetteer g = SHIPPED.extendedWith(file);
            assertThat(g.entities()).hasSize(SHIPPED.entities().size() + 1);
            Entity sdf = g.byId("grp:sdf").orElseThrow();
            assertThat(sdf.nameAr()).isEqualTo("قوات سوريا الديمقراطية");
            assertThat(sdf.aliases()).contains("قسد", "قوات قسد الكردية");
            assertThat(g.partOf("per:new-spokesman")).contains("grp:sdf");
        }

        @Test
        void aRenamedEntityKeepsItsFormerNameAsAnAlias() throws IOException {
            Path file = write("org:sohr\tmonitor\tSOHR monitor\t\t\n");
            Entity sohr = SHIPPED.extendedWith(file).byId("org:sohr").orElseThrow();
            assertThat(sohr.name()).isEqualTo("SOHR monitor");
            assertThat(sohr.aliases()).contains("Syrian Observatory for Human Rights");
        }

        @Test
        void toleratesAByteOrderMark() throws IOException {
            Path file = write("\uFEFFloc:somewhere\tplace\tSomewhere\tمكان ما\n");
            assertThat(Gazetteer.load(file).byId("loc:somewhere")).isPresent();
        }

        @Test
        void namesFileAndLineOfATooShortLine() throws IOException {
            Path file = write("# comment\norg:a\torganization\tA\tأ\norg:b\torganization\n");
            assertThatThrownBy(() -> Gazetteer.load(file))
                    .isInstanceOf(GazetteerException.class)
                    .hasMessageContaining(file.toString() + ":3")
                    .hasMessageContaining("columns")
                    .extracting(e -> ((GazetteerException) e).line()).isEqualTo(3);
        }

        @Test
        void rejectsAnUnknownType() throws IOException {
            Path file = write("org:a\tcompany\tA\tأ\n");
            assertThatThrownBy(() -> Gazetteer.load(file)).isInstanceOf(GazetteerException.class)
                    .hasMessageContaining(":1").hasMessageContaining("unknown type 'company'");
        }

        @Test
        void rejectsAnIdWhosePrefixContradictsItsType() throws IOException {
            Path file = write("org:sdf2\tarmed_group\tA\tأ\n");
            assertThatThrownBy(() -> Gazetteer.load(file)).isInstanceOf(GazetteerException.class)
                    .hasMessageContaining("must start with grp:");
        }

        @Test
        void rejectsAMalformedIdAndADuplicateId() throws IOException {
            Path bad = write("SDF\tarmed_group\tA\tأ\n");
            assertThatThrownBy(() -> Gazetteer.load(bad)).hasMessageContaining("bad id 'SDF'");
            Path twice = write("loc:x\tplace\tX\tإكس\nloc:x\tplace\tY\tواي\n");
            assertThatThrownBy(() -> Gazetteer.load(twice)).hasMessageContaining(":2").hasMessageContaining("duplicate id");
        }

        @Test
        void rejectsAnEntityWithoutAnyName() throws IOException {
            Path file = write("loc:x\tplace\t\t\n");
            assertThatThrownBy(() -> Gazetteer.load(file)).hasMessageContaining("no name and no alias");
        }

        @Test
        void aMissingFileIsAGazetteerException() {
            Path missing = dir.resolve("nope.tsv");
            assertThatThrownBy(() -> Gazetteer.load(missing)).isInstanceOf(GazetteerException.class)
                    .hasMessageContaining("nope.tsv");
        }

        private Path write(String content) throws IOException {
            Path file = Files.createTempFile(dir, "gazetteer", ".tsv");
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        }
    }

    @Test
    void placesLieInTheirProvinceAndFacilitiesInTheirTown() {
        Map<String, String> parents = SHIPPED.placeParents();
        assertThat(parents).containsEntry("loc:baqubah", "loc:diyala").containsEntry("loc:diyala", "loc:iraq");
        // only places: a spokesman's party is no place's parent
        assertThat(parents.keySet()).allMatch(id -> id.startsWith("loc:") || id.startsWith("fac:"));
        assertThat(parents.values()).allMatch(id -> SHIPPED.byId(id).isPresent());
    }
}
