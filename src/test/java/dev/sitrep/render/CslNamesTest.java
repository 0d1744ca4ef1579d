package dev.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.undercouch.citeproc.csl.CSLName;
import dev.sitrep.assessment.Reference;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CslNamesTest {

    @Test
    void aPersonsNameIsSplitIntoGivenAndFamilyNames() {
        assertThat(CslNames.of("Tim Zadorozhnyy")).extracting(CSLName::getGiven, CSLName::getFamily, CSLName::getLiteral)
                .containsExactly(tuple("Tim", "Zadorozhnyy", null));
        assertThat(CslNames.of("Jean-Pierre Filiu")).extracting(CSLName::getGiven, CSLName::getFamily)
                .containsExactly(tuple("Jean-Pierre", "Filiu"));
    }

    @Test
    void aFamilyNameFirstAndSeveralPeopleJoinedByAndAreEachTheirOwnName() {
        assertThat(CslNames.of("Sundberg, Ralph and Erik Melander")).extracting(CSLName::getFamily, CSLName::getGiven)
                .containsExactly(tuple("Sundberg", "Ralph"), tuple("Melander", "Erik"));
        assertThat(CslNames.of("Högbladh, Stina")).extracting(CSLName::getFamily, CSLName::getGiven)
                .containsExactly(tuple("Högbladh", "Stina"));
        assertThat(CslNames.of("Jane Doe; John Roe")).extracting(CSLName::getFamily).containsExactly("Doe", "Roe");
    }

    @Test
    void particlesStayWithTheFamilyName() {
        assertThat(CslNames.of("Ahmed al-Sharaa")).extracting(CSLName::getGiven, CSLName::getFamily)
                .containsExactly(tuple("Ahmed", "al-Sharaa"));
        assertThat(CslNames.of("Ludwig van Beethoven"))
                .extracting(CSLName::getGiven, CSLName::getNonDroppingParticle, CSLName::getFamily)
                .containsExactly(tuple("Ludwig", "van", "Beethoven"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Reuters", "Syrian Observatory for Human Rights", "UNN (Ukrainian National News)",
            "The Moscow Times", "Three Corporate", "Sitrep sample feed (synthetic)", "Reuters Staff", "SOHR",
            "Procter & Gamble", "Institute for the Study of War", "Hawar News Agency", "BBC Monitoring",
            "Department of Peace and Conflict Research, Uppsala University"})
    void anOrganisationStaysOneLiteralName(String organisation) {
        assertThat(CslNames.of(organisation)).extracting(CSLName::getLiteral, CSLName::getFamily)
                .containsExactly(tuple(organisation, null));
    }

    @Test
    void authorDateStylesCiteAPersonByFamilyNameAndAnOrganisationAsWritten() {
        var person = new Reference("kyiv-1", "article-newspaper", "The Kyiv Independent", "Syria cancels a deal",
                "Tim Zadorozhnyy", null, LocalDate.of(2025, 1, 21), null);
        var article = new Reference("ucdp", "article-journal", "Journal of Peace Research", "Introducing the UCDP "
                + "Georeferenced Event Dataset", "Sundberg, Ralph and Erik Melander", null, LocalDate.of(2013, 1, 1),
                null, "50", "4", "523-532", "year");
        var organisation = new Reference("sohr-1", "article-newspaper", "SOHR", "Clashes", "Syrian Observatory for "
                + "Human Rights", null, LocalDate.of(2018, 3, 10), null);

        var chicago = new CitationProcessor("chicago-author-date", List.of(person, article, organisation));

        assertThat(chicago.cite(List.of("kyiv-1"))).isEqualTo("(Zadorozhnyy 2025)");
        assertThat(chicago.cite(List.of("ucdp"))).isEqualTo("(Sundberg and Melander 2013)");
        assertThat(chicago.cite(List.of("sohr-1"))).isEqualTo("(Syrian Observatory for Human Rights 2018)");
        assertThat(chicago.bibliography()).anySatisfy(e -> assertThat(e).startsWith("Zadorozhnyy, Tim. 2025."))
                .anySatisfy(e -> assertThat(e).startsWith("Sundberg, Ralph, and Erik Melander. 2013."));
        assertThat(chicago.cslJson()).contains("\"family\": \"Zadorozhnyy\",\n        \"given\": \"Tim\"")
                .doesNotContain("\"literal\": \"Tim Zadorozhnyy\"");
    }
}
