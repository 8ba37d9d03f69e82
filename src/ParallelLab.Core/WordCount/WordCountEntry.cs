namespace ParallelLab.Core.WordCount;

/// <summary>One line of a .dat file: a word, its count and its share of all counted words in percent.</summary>
public readonly record struct WordCountEntry(string Word, long Count, double Percentage);
