using Timeline.Cli.Generate;

namespace Timeline.Cli.Tests;

public sealed class ArticleGeneratorTests
{
    [Fact]
    public void Same_seed_gives_the_same_articles() =>
        new ArticleGenerator(7).Generate(20).Select(a => a.Content)
            .ShouldBe(new ArticleGenerator(7).Generate(20).Select(a => a.Content));

    [Fact]
    public void Articles_are_varied_and_of_news_length()
    {
        var articles = new ArticleGenerator(1).Generate(200).ToList();
        articles.Select(a => a.Content).Distinct().Count().ShouldBe(200);
        articles.Average(a => a.Content.Length).ShouldBeInRange(2000, 6000);
        articles.Count(a => a.Content.StartsWith("---\n")).ShouldBeInRange(80, 160);
        articles.ShouldAllBe(a => a.Events.Count > 0);
        articles.SelectMany(a => a.Events).Select(e => e.Kind).Distinct().Count().ShouldBe(6);
    }

    [Fact]
    public void Every_stated_event_sentence_is_in_the_text() =>
        new ArticleGenerator(3).Generate(50).ShouldAllBe(a => a.Events.All(e => a.Content.Contains(e.Sentence)));
}
