using System.Text;
using ParallelLab.Paradigms.Threads;
using ParallelLab.Paradigms.Workloads;

namespace ParallelLab.Paradigms.Tests.Workloads;

public class WordCountWorkloadTests
{
    [Fact]
    public void Workers_take_the_largest_books_first_and_equal_sizes_in_corpus_order()
    {
        string[] texts = ["a b", "a b c d e f", "c", "x y", "long book of many words here"];
        var workload = new WordCountWorkload([.. texts.Select(Encoding.UTF8.GetBytes)], ["0", "1", "2", "3", "4"]);

        Assert.Equal([4, 1, 0, 3, 2], workload.LargestFirst);
    }

    [Fact]
    public void Counting_largest_first_keeps_the_corpus_order_of_first_occurrences()
    {
        // "small" comes first in the corpus but is counted last: its words still rank first among equals.
        var workload = new WordCountWorkload([Encoding.UTF8.GetBytes("tie other"), Encoding.UTF8.GetBytes("other tie and much longer text")], ["small", "large"]);

        WordCountRun run = ThreadedWordCount.Run(workload, ThreadStrategies.ParallelFor, workers: 1);

        Assert.Equal(["tie", "other", "and", "much", "longer", "text"], run.Table.Select(e => e.Word));
    }
}
