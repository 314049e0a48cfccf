using Kommunkompassen.Ingest.Language;

namespace Kommunkompassen.Ingest.Tests.Language;

public sealed class SentencesTests
{
    [Fact]
    public void Of_Abbreviations_DoNotEndASentence()
    {
        Assert.Equal(
            ["Stödet ges bl.a. genom råd och t.ex. bidrag.", "Nästa mening."],
            Sentences.Of("Stödet ges bl.a. genom råd och t.ex. bidrag. Nästa mening."));
    }

    [Fact]
    public void Of_QuestionAndQuote_StartNewSentences()
    {
        Assert.Equal(
            ["Vem ansvarar?", "\"Alla\" svarade de.", "Slut"],
            Sentences.Of("Vem ansvarar? \"Alla\" svarade de. Slut"));
    }

    public static TheoryData<string, string[]> Texts => new()
    {
        { "", [] },
        { "  En mening utan punkt  ", ["En mening utan punkt"] },
        { "Slut.", ["Slut."] },
        { "Första.\n\nAndra!  Tredje?\t”Fjärde” sa hon.", ["Första.", "Andra!", "Tredje?", "”Fjärde” sa hon."] },
        { "Kl. 9 och nr. 4 finns. År 2010.", ["Kl. 9 och nr. 4 finns.", "År 2010."] },
        { "Se s. 12 och kap. 3 i planen. Över.", ["Se s. 12 och kap. 3 i planen.", "Över."] },
        { "1.3 Orterna. ✔ Samhällsföreningar i 9 av 10 tätorter. ✘ Inga planer. → Tierp: planer för alla orter ✔✔ – värd att kopiera.", ["1.3 Orterna.", "✔ Samhällsföreningar i 9 av 10 tätorter.", "✘ Inga planer.", "→ Tierp: planer för alla orter ✔✔ – värd att kopiera."] }, // a checklist run into the text: a mark or an arrow after a stop opens a line, a mark after a fragment judges it
        { "Kommunen har t.ex. Mora gjort. Nästa mening.", ["Kommunen har t.ex. Mora gjort.", "Nästa mening."] },
        { "Flera kommuner, bl.a. Kungsbacka och s.k. Lean-kommuner, deltar. Ca 20 st. Resp. nämnd svarar.", ["Flera kommuner, bl.a. Kungsbacka och s.k. Lean-kommuner, deltar.", "Ca 20 st. Resp. nämnd svarar."] },
        { "Gäller fr.o.m. Januari och t.o.m. December. Klart.", ["Gäller fr.o.m. Januari och t.o.m. December.", "Klart."] },
        { "Intervjuer med A. Berg och K. Lund. De sa att 2010 var ett bra år.", ["Intervjuer med A. Berg och K. Lund.", "De sa att 2010 var ett bra år."] },
        { "1. Mål för verksamheten. 2. Uppföljning av målen.", ["1. Mål för verksamheten.", "2. Uppföljning av målen."] },
        { "Arbetet pågår m.m. Nästa steg är klart.", ["Arbetet pågår m.m.", "Nästa steg är klart."] },
        { "Resultatet ökade 2009. 2010 minskade det.", ["Resultatet ökade 2009.", "2010 minskade det."] },
        { "Punkt. . Inget mer.", ["Punkt. .", "Inget mer."] },
        { "Etik.\n– Riktlinjer saknas.\n– Bra ex.: Trelleborg har en visselblåsarfunktion", ["Etik.", "Riktlinjer saknas.", "Bra ex.: Trelleborg har en visselblåsarfunktion"] }, // a heading, then bullets
        { "Antal synpunkter 2014:\nTierp: 14\nTorsby: – (mäts inte)\nKommunen bör mäta.", ["Antal synpunkter 2014:", "Tierp: 14", "Torsby: – (mäts inte)", "Kommunen bör mäta."] }, // a table of figures set as lines
        { "Kommunen samarbetar med\nTierp om räddningstjänsten.", ["Kommunen samarbetar med\nTierp om räddningstjänsten."] }, // a line wrapped inside a sentence stays in it
        { "Förbättringsområde: inför synpunktshantering i alla förvaltningar och redovisa den årligen.\nDet är viktigt.", ["Förbättringsområde: inför synpunktshantering i alla förvaltningar och redovisa den årligen.", "Det är viktigt."] },
        { "Styrkor\n- mätbara mål\n• tydlig uppföljning", ["Styrkor", "mätbara mål", "tydlig uppföljning"] }, // items without a stop
        { "– Första punkten.\n  – Andra punkten.", ["Första punkten.", "Andra punkten."] }, // the text opening with an item, an indented one
        { "Kostnaden steg – Nässjö prövade detta – och föll.\nNy rad utan punkt", ["Kostnaden steg – Nässjö prövade detta – och föll.", "Ny rad utan punkt"] }, // dashes within a sentence stay
        { "Kostnaden är 5\n-3 % lägre", ["Kostnaden är 5\n-3 % lägre"] }, // a minus sign is no bullet
        { "Hon säger: \"Vi var där i våras.\" Kalix lade ned sitt råd.", ["Hon säger: \"Vi var där i våras.\"", "Kalix lade ned sitt råd."] }, // the stop inside a closing quote
        { "Han kallar det ”ett lyft!” Nu följer planen.", ["Han kallar det ”ett lyft!”", "Nu följer planen."] },
        { "Hon säger \"nej.\" och går.", ["Hon säger \"nej.\" och går."] }, // no capital after it: the sentence goes on
        { "Inga servicepunkter, ev. Forsa m.fl. Nästa steg osv. Klart.", ["Inga servicepunkter, ev. Forsa m.fl. Nästa steg osv. Klart."] }, // "ev.", "m.fl.", "osv." never end one
        { "Kommunen köper grön el. Nästa steg är solceller.", ["Kommunen köper grön el.", "Nästa steg är solceller."] }, // "el" is also a word: no abbreviation
        { "Alla fick ledigt. [Kommentar: Det stämmer, men det kostade.] Vi planerar en pool.", ["Alla fick ledigt.", "[Kommentar: Det stämmer, men det kostade.]", "Vi planerar en pool."] }, // a bracketed sentence of its own
        { "Frånvaron minskade. (Tierp har gjort likadant.)] Vi har beslutat.", ["Frånvaron minskade.", "(Tierp har gjort likadant.)]", "Vi har beslutat."] }, // the stop inside two closing brackets
        { "Se bilagan (sidan 4) och planen.", ["Se bilagan (sidan 4) och planen."] }, // a bracket inside a sentence stays in it
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Of_Text_SplitsAtSentenceEndsBeforeCapitals(string text, string[] expected)
    {
        Assert.Equal(expected, Sentences.Of(text));
    }
}
