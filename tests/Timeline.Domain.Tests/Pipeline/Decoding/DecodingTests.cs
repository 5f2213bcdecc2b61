using System.Text;
using Timeline.Domain.Import;
using Timeline.Domain.Model;
using Timeline.Domain.Pipeline.Decoding;

namespace Timeline.Domain.Tests.Pipeline.Decoding;

public sealed class DecodingTests
{
    private static readonly DocumentDecoder Decoder = new(maxBytes: 1000);

    [Fact]
    public void Utf8_with_bom_and_crlf_decodes()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Kyiv\r\nКиїв")).ToArray();
        Decoder.Decode(new SourceDocument("a.txt", bytes)).Text.ShouldBe("Kyiv\r\nКиїв");
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09 }, "whitespace")]
    [InlineData(new byte[] { 0x41, 0x00, 0x42 }, "binary")]
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0x04, 0x41 }, "binary")]
    [InlineData(new byte[] { 0x41, 0xC3, 0x28 }, "UTF-8")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x00 }, "UTF-16")]
    public void Unusable_bytes_fail_with_a_human_reason(byte[] bytes, string reason) =>
        Decoder.Decode(new SourceDocument("a.txt", bytes)).Failure.ShouldNotBeNull().ShouldContain(reason);

    [Fact]
    public void Oversized_and_unreadable_documents_fail()
    {
        Decoder.Decode(new SourceDocument("a.txt", new byte[1001])).Failure.ShouldNotBeNull().ShouldContain("limit");
        Decoder.Decode(new SourceDocument("a.txt", [], "cannot be read")).Failure.ShouldBe("cannot be read");
    }

    [Fact]
    public void Source_reader_rejects_large_files_without_reading_them()
    {
        var path = Path.Combine(Path.GetTempPath(), $"big-{Guid.NewGuid():N}.txt");
        using (var fs = File.Create(path)) fs.SetLength(2000);
        try { SourceReader.ReadOne(path, maxBytes: 1000).ReadError.ShouldNotBeNull().ShouldContain("limit"); }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData("---\npublished: 2024-04-04\n---\nBody", "2024-04-04", DatePrecision.Day)]
    [InlineData("---\npublished: 2024-04-04T18:30:00+02:00\n---\nBody", "2024-04-04", DatePrecision.Day)]
    [InlineData("---\npublished: 2024-04\n---\nBody", "2024-04-01", DatePrecision.Month)]
    public void Front_matter_dates_keep_their_precision(string text, string date, DatePrecision precision)
    {
        var r = new FrontMatterReader().Read(text);
        r.Failure.ShouldBeNull();
        r.FrontMatter.Published.ShouldBe(DateOnly.Parse(date));
        r.FrontMatter.PublishedPrecision.ShouldBe(precision);
        r.Body.Trim().ShouldBe("Body");
    }

    [Fact]
    public void Front_matter_fields_are_read()
    {
        var r = new FrontMatterReader().Read("---\ntitle: \"T: x\"\nurl: https://e.org\npublisher: VOI\nlanguage: en\ntranslated_from: id\n---\nBody");
        r.FrontMatter.ShouldBe(new FrontMatter("T: x", "https://e.org", null, DatePrecision.Day, "VOI", "en", "id", null));
    }

    [Theory]
    [InlineData("---\ntitle: [oops\n---\nBody", "broken")]
    [InlineData("---\ntitle: x\nBody", "never closed")]
    [InlineData("---\npublished: soon\n---\nBody", "not a date")]
    [InlineData("---\n- a\n- b\n---\nBody", "mapping")]
    public void Broken_front_matter_fails_with_a_reason(string text, string reason) =>
        new FrontMatterReader().Read(text).Failure.ShouldNotBeNull().ShouldContain(reason);

    [Fact]
    public void Text_without_front_matter_is_the_body() =>
        new FrontMatterReader().Read("Title\n\nBody --- here").Body.ShouldBe("Title\n\nBody --- here");
}
