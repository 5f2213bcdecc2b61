using Timeline.Domain.Knowledge;

namespace Timeline.Domain.Tests.Knowledge;

public sealed class KnowledgeBaseTests
{
    public static IEnumerable<object[]> Names() => TestData.Tsv("names.tsv").Select(r => new object[] { r[0], r.Length > 1 ? r[1] : "" });

    [Theory]
    [MemberData(nameof(Names))]
    public void Names_resolve_to_canonical_entities_including_typos_and_cyrillic(string text, string expected)
    {
        var found = TestData.Knowledge.Gazetteer.Find(text).Select(m => m.Entities[0].Name);
        string.Join("|", found).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Kuleba", "Kouleba", 1)]
    [InlineData("Lukashenko", "Lukahsenko", 1)]
    [InlineData("Stoltenberg", "Stoltenbreg", 1)]
    [InlineData("Reznikov", "Resnikof", 2)]
    public void Damerau_Levenshtein_counts_transpositions_as_one_edit(string a, string b, int expected) =>
        Fuzzy.Distance(a, b, 3).ShouldBe(expected);

    [Fact]
    public void Later_files_extend_and_override_earlier_ones()
    {
        var extra = Path.Combine(Path.GetTempPath(), $"kb-{Guid.NewGuid():N}.json");
        File.WriteAllText(extra, """
            { "people": [ { "name": "Jens Stoltenberg", "aliases": ["Jens"], "offices": [] },
                          { "name": "Ada Example", "aliases": ["Example"], "offices": [ { "title": "Minister", "keywords": ["minister"], "from": "2030-01-01" } ] } ] }
            """);
        try
        {
            var kb = KnowledgeBase.Load(Path.Combine(AppContext.BaseDirectory, "Knowledge", "knowledge.json"), extra);
            kb.Find("Ada Example").ShouldNotBeNull().OfficesOrEmpty.ShouldHaveSingleItem().From.ShouldBe(new DateOnly(2030, 1, 1));
            kb.Find("Jens Stoltenberg").ShouldNotBeNull().OfficesOrEmpty.ShouldBeEmpty();
            kb.Find("NATO").ShouldNotBeNull().Founded.ShouldBe(new DateOnly(1949, 4, 4));
        }
        finally { File.Delete(extra); }
    }

    [Fact]
    public void Default_knowledge_covers_all_nato_members()
    {
        string[] members = ["Albania", "Belgium", "Bulgaria", "Canada", "Croatia", "Czech Republic", "Denmark", "Estonia", "Finland", "France", "Germany",
            "Greece", "Hungary", "Iceland", "Italy", "Latvia", "Lithuania", "Luxembourg", "Montenegro", "Netherlands", "North Macedonia", "Norway", "Poland",
            "Portugal", "Romania", "Slovakia", "Slovenia", "Spain", "Sweden", "Turkey", "United Kingdom", "United States"];
        foreach (var m in members) TestData.Knowledge.Find(m).ShouldNotBeNull(m);
    }
}
