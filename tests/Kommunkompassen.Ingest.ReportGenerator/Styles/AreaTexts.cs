namespace Kommunkompassen.Ingest.ReportGenerator.Styles;

/// <summary>
/// The Swedish text bank of one area theme: things an evaluator writes about (a noun phrase in
/// its indefinite and definite form, for the sentence frames of <see cref="TextBank"/>),
/// ready sentences of narrative, and findings phrased as strengths and as improvement areas.
/// "{K}" stands for the municipality's name and "{Ks}" for its genitive.
/// </summary>
internal sealed record AreaTexts(
    IReadOnlyList<(string Indefinite, string Definite)> Subjects,
    IReadOnlyList<string> Sentences,
    IReadOnlyList<string> Strengths,
    IReadOnlyList<string> Improvements);

/// <summary>
/// What an area's narrative and findings are about. The first eight are the areas of the 2002
/// and 2010 versions, numbered as those areas; the others are themes of later versions that
/// no earlier area had. A report never gives two of its areas the same theme, so no finding or
/// sentence repeats.
/// </summary>
internal enum AreaTheme
{
    /// <summary>Information, dialog and democracy ("Offentlighet och demokrati").</summary>
    Democracy = 1,

    /// <summary>Service, accessibility and the users' views ("Tillgänglighet och brukarorientering").</summary>
    UserFocus = 2,

    /// <summary>Goals, follow-up and the roles of politicians and officials ("Politisk styrning och kontroll").</summary>
    PoliticalSteering = 3,

    /// <summary>Managers, delegation and leadership development ("Ledarskap, ansvar och delegation").</summary>
    Leadership = 4,

    /// <summary>Costs, results and comparisons ("Resultat och effektivitet").</summary>
    Efficiency = 5,

    /// <summary>Staff policy, pay and working environment ("Kommunen som arbetsgivare").</summary>
    Employer = 6,

    /// <summary>Quality work, ideas and innovation ("Verksamhetsutveckling").</summary>
    Improvement = 7,

    /// <summary>Local business, culture, associations and the environment ("Kommunen som samhällsbyggare").</summary>
    CommunityBuilding = 8,

    /// <summary>Sustainability, climate, housing and safety (2020 "Samhällsutveckling").</summary>
    SocietalDevelopment = 9,

    /// <summary>E-services, automation and information security (the made-up version's "Digital service").</summary>
    Digitalisation = 10,
}
