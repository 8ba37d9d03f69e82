using ParallelLab.Paradigms.Workflow;

namespace ParallelLab.Paradigms.Tests.Workflow;

public class FilePatternTests
{
    [Fact]
    public void Matching_a_path_gives_the_wildcards_and_expanding_them_gives_the_path_back()
    {
        var pattern = new FilePattern("processed_data/{book}.dat");

        Assert.True(pattern.TryMatch("processed_data/pg10.dat", out Wildcards wildcards));
        Assert.Equal("pg10", wildcards["book"]);
        Assert.Equal("processed_data/pg10.dat", pattern.Expand(wildcards));
        Assert.Equal(["book"], pattern.WildcardNames);
    }

    [Theory]
    [InlineData("processed_data/sub/pg10.dat")]
    [InlineData("processed_data/.dat")]
    [InlineData("other/pg10.dat")]
    [InlineData("processed_data/pg10.dat.bak")]
    public void A_wildcard_matches_one_or_more_characters_within_one_folder(string path)
    {
        Assert.False(new FilePattern("processed_data/{book}.dat").TryMatch(path, out _));
    }

    [Fact]
    public void A_wildcard_used_twice_must_take_the_same_value_both_times()
    {
        var pattern = new FilePattern("{book}/{book}.csv");

        Assert.True(pattern.TryMatch("pg10/pg10.csv", out _));
        Assert.False(pattern.TryMatch("pg10/pg11.csv", out _));
    }

    [Fact]
    public void Literal_characters_that_mean_something_to_regular_expressions_are_literal()
    {
        var pattern = new FilePattern("a+b/{x}.(1)");

        Assert.True(pattern.TryMatch("a+b/y.(1)", out Wildcards wildcards));
        Assert.Equal("y", wildcards["x"]);
        Assert.False(pattern.TryMatch("aab/y.1", out _));
    }

    [Fact]
    public void Expanding_without_a_needed_wildcard_and_a_stray_brace_are_errors()
    {
        Assert.Throws<ArgumentException>(() => new FilePattern("acf/{book}.csv").Expand(Wildcards.Of("other", "x")));
        Assert.Throws<ArgumentException>(() => new FilePattern("acf/{book.csv"));
    }
}
