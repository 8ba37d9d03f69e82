using System.Text;
using ParallelLab.Core.WordCount;
using ParallelLab.TestSupport;

namespace ParallelLab.Core.Tests.WordCount;

public class ReferenceDatTests
{
    public static TheoryData<string> Books => SharedData.BookData();

    [SharedDataTheory]
    [MemberData(nameof(Books))]
    public void Dat_is_byte_identical_to_wordcount_py(string book)
    {
        byte[] expected = File.ReadAllBytes(SharedData.ReferenceDatPath(book));
        string actual = DatFile.Format(WordCountTable.FromBook(ReferenceBooks.Load(book)));

        Assert.Equal(Encoding.UTF8.GetString(expected), actual);
        Assert.Equal(expected, new UTF8Encoding(false).GetBytes(actual));
    }

    [SharedDataFact]
    public void Zipf_table_of_all_reference_dats_equals_results_csv()
    {
        string[] dats = Directory.GetFiles(Path.Combine(SharedData.ReferenceDirectory, "processed_data"), "*.dat")
            .Order(StringComparer.Ordinal)
            .ToArray();

        string actual = ZipfTable.Render(10, dats);

        Assert.Equal(File.ReadAllText(SharedData.ReferenceZipfPath), actual);
    }
}
