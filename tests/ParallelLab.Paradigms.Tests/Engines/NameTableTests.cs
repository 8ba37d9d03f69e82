using ParallelLab.Paradigms.Engines;
using ParallelLab.Paradigms.Mpi;
using ParallelLab.Paradigms.Processes;

namespace ParallelLab.Paradigms.Tests.Engines;

public class NameTableTests
{
    [Fact]
    public void Every_option_value_has_one_name_and_back()
    {
        Assert.All(Enum.GetValues<AcfCombine>(), v => Assert.Equal(v, OptionNames.Combine.ValueOf(OptionNames.Combine.NameOf(v))));
        Assert.All(Enum.GetValues<MessageKind>(), v => Assert.Equal(v, OptionNames.Messages.ValueOf(OptionNames.Messages.NameOf(v))));
        Assert.All(Enum.GetValues<SharedArguments>(), v => Assert.Equal(v, OptionNames.Shared.ValueOf(OptionNames.Shared.NameOf(v))));
        Assert.Equal(["p2p", "gather", "reduce"], OptionNames.Combine.Names);
    }

    [Fact]
    public void A_table_that_misses_a_value_or_repeats_a_name_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new NameTable<MessageKind>(("objects", MessageKind.Objects)));
        Assert.Throws<ArgumentException>(() => new NameTable<MessageKind>(("x", MessageKind.Objects), ("x", MessageKind.Buffers)));
        Assert.Throws<ArgumentException>(() => new NameTable<MessageKind>(("objects", MessageKind.Objects), ("pickles", MessageKind.Objects), ("buffers", MessageKind.Buffers)));
    }

    [Fact]
    public void An_unknown_name_is_named()
    {
        var e = Assert.Throws<ArgumentException>(() => OptionNames.Messages.ValueOf("pickles"));

        Assert.StartsWith("unknown MessageKind 'pickles' (known: objects, buffers)", e.Message, StringComparison.Ordinal);
    }
}
