using ParallelLab.Core.Autocorrelation;
using ParallelLab.Core.Text;
using ParallelLab.Core.WordCount;
using ParallelLab.TestSupport;

namespace ParallelLab.Core.Tests.Autocorrelation;

public class ReferenceAcfTests
{
    public static TheoryData<string> Books => SharedData.BookData();

    [SharedDataTheory]
    [MemberData(nameof(Books))]
    public void Both_kernels_reproduce_autocorrelation_py_byte_for_byte(string book)
    {
        TokenizedBook text = ReferenceBooks.Load(book);
        int[] topWords = TopWords.FromDat(text, DatFile.Read(SharedData.ReferenceDatPath(book)), 16, book);
        string expected = File.ReadAllText(SharedData.ReferenceAcfPath(book));

        foreach (AcfKernel kernel in AcfKernels.All)
        {
            string actual = AcfCsv.Format(AcfAverage.Compute(kernel, text, topWords, 100));
            Assert.True(expected == actual, $"{kernel.Name} kernel differs from the reference on {book}:\n{FirstDifference(expected, actual)}");
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        for (int i = 0; i < Math.Min(e.Length, a.Length); i++)
        {
            if (e[i] != a[i])
            {
                return $"line {i + 1}: expected {e[i]}, actual {a[i]}";
            }
        }

        return $"line counts differ: expected {e.Length}, actual {a.Length}";
    }
}
