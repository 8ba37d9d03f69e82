using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace ParallelLab.Core.Text;

/// <summary>
/// Lower-cases the tokens the <see cref="Tokenizer"/> finds, counts them in a
/// <see cref="Utf8Vocabulary"/> and, when asked, keeps the text as word ids. A token of at most
/// sixteen ASCII bytes, nearly every one, is read as one or two integers, lower-cased eight bytes at
/// a time and looked up without a copy; longer and non-ASCII tokens go rune by rune, which is where
/// the rare non-ASCII whitespace (U+00A0, U+2000…, unknown to the separator mask) splits them.
/// </summary>
internal ref struct TokenTally
{
    private readonly ReadOnlySpan<byte> _text;
    private readonly ref byte _origin;
    private readonly bool _recordIds;
    private readonly Utf8Vocabulary _vocabulary;
    private int[] _ids;
    private int _idCount;
    private byte[] _lowered = ArrayPool<byte>.Shared.Rent(256);

    public TokenTally(ReadOnlySpan<byte> text, bool recordIds)
    {
        _text = text;
        _vocabulary = new Utf8Vocabulary(Utf8Vocabulary.ExpectedWords(text.Length));
        _origin = ref MemoryMarshal.GetReference(text);
        _recordIds = recordIds;
        _ids = recordIds ? ArrayPool<int>.Shared.Rent(Math.Max(16, text.Length / 5)) : [];
    }

    /// <summary>Counts the token from <paramref name="start"/> up to (not including) <paramref name="end"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int start, int end)
    {
        int length = end - start;

        // Sixteen readable bytes from the token's start let a short token be read as two integers,
        // the bytes after it masked off.
        if (length <= 2 * sizeof(ulong) && start <= _text.Length - 2 * sizeof(ulong))
        {
            ref byte word = ref Unsafe.Add(ref _origin, start);
            ulong first = Unsafe.ReadUnaligned<ulong>(ref word);
            if (length <= sizeof(ulong))
            {
                first &= ulong.MaxValue >> ((sizeof(ulong) - length) << 3);
                if (Utf8Lowercase.IsAscii(first))
                {
                    Record(_vocabulary.InternShort(Utf8Lowercase.LowerAscii(first), length));
                    return;
                }
            }
            else
            {
                ulong second = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref word, sizeof(ulong)))
                    & (ulong.MaxValue >> ((2 * sizeof(ulong) - length) << 3));
                if (Utf8Lowercase.IsAscii(first | second))
                {
                    Record(_vocabulary.InternMedium(Utf8Lowercase.LowerAscii(first), Utf8Lowercase.LowerAscii(second), length));
                    return;
                }
            }
        }

        AddSlow(_text.Slice(start, length));
    }

    public readonly TokenizedBook Build(string name)
    {
        (Utf8WordList words, int[] counts) = _vocabulary.Build();
        return new TokenizedBook(name, _recordIds ? _ids.AsSpan(0, _idCount).ToArray() : null, words, counts);
    }

    public void Dispose()
    {
        if (_recordIds)
        {
            ArrayPool<int>.Shared.Return(_ids);
            _ids = [];
        }

        ArrayPool<byte>.Shared.Return(_lowered);
        _lowered = [];
        _vocabulary.Dispose();
    }

    /// <summary>A long or non-ASCII token, split where it holds non-ASCII Python whitespace.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddSlow(ReadOnlySpan<byte> token)
    {
        if (_lowered.Length < 2 * token.Length)
        {
            ArrayPool<byte>.Shared.Return(_lowered);
            _lowered = ArrayPool<byte>.Shared.Rent(2 * token.Length);
        }

        int pieceStart = 0;
        for (int i = 0; i < token.Length;)
        {
            if (token[i] < 0x80)
            {
                i++;
                continue;
            }

            Rune.DecodeFromUtf8(token[i..], out Rune rune, out int consumed);
            if (rune.IsBmp && PythonWhitespace.IsSpace((char)rune.Value))
            {
                AddPiece(token[pieceStart..i]);
                pieceStart = i + consumed;
            }

            i += consumed;
        }

        AddPiece(token[pieceStart..]);
    }

    private void AddPiece(ReadOnlySpan<byte> piece)
    {
        if (!piece.IsEmpty)
        {
            Record(_vocabulary.Intern(_lowered.AsSpan(0, Utf8Lowercase.Lower(piece, _lowered))));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Record(int id)
    {
        if (!_recordIds)
        {
            return;
        }

        if (_idCount == _ids.Length)
        {
            int[] larger = ArrayPool<int>.Shared.Rent(_ids.Length * 2);
            _ids.AsSpan(0, _idCount).CopyTo(larger);
            ArrayPool<int>.Shared.Return(_ids);
            _ids = larger;
        }

        _ids[_idCount++] = id;
    }
}
