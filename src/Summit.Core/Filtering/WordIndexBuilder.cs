using System.Buffers;

namespace Summit.Core.Filtering;

/// <summary>
/// Builds the inverted word index of <see cref="FilterIndex"/>: every distinct folded word in ordinal order and,
/// for each, the sessions (ascending) whose title, description, subjects or lead names contain it.
/// </summary>
/// <remarks>
/// Texts are folded into one pooled buffer and walked as spans; a word becomes a string only the first time it is
/// seen (a span lookup in the word-id dictionary). Each session records the ids of its distinct words in one pooled
/// array, deduplicated with a "last session seen" stamp per word id, and the exact postings arrays are filled from
/// it at the end.
/// </remarks>
internal sealed class WordIndexBuilder : IDisposable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly TextFolder _folder = new();
    private int[] _lastSession = new int[1024];
    private int[] _sessionCount = new int[1024];
    private int[] _entries = ArrayPool<int>.Shared.Rent(16 * 1024);
    private int _entryCount;
    private int _session;

    private WordIndexBuilder() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    public static (string[] Words, int[][] Postings) Build(IReadOnlyList<ScheduledSession> sessions)
    {
        using var builder = new WordIndexBuilder();
        var sessionEnds = new int[sessions.Count];
        for (var i = 0; i < sessions.Count; i++)
        {
            builder.AddSession(i, sessions[i]);
            sessionEnds[i] = builder._entryCount;
        }

        return builder.ToIndex(sessionEnds);
    }

    public void Dispose()
    {
        _folder.Dispose();
        if (_entries.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_entries);
            _entries = [];
        }
    }

    private void AddSession(int session, ScheduledSession value)
    {
        _session = session;
        AddText(value.Title);
        AddText(value.Description);
        foreach (var subject in value.Subjects)
        {
            AddText(subject.Title);
            AddText(subject.Description);
        }

        foreach (var lead in value.Leads)
        {
            AddText(lead.Name);
        }
    }

    private void AddText(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        foreach (var word in new WordEnumerator(_folder.Fold(text)))
        {
            if (!_lookup.TryGetValue(word, out var id))
            {
                id = NewWord(word);
            }

            if (_lastSession[id] != _session)
            {
                _lastSession[id] = _session;
                _sessionCount[id]++;
                AddEntry(id);
            }
        }
    }

    private int NewWord(ReadOnlySpan<char> word)
    {
        var id = _ids.Count;
        _ids.Add(word.ToString(), id);
        if (id == _lastSession.Length)
        {
            Array.Resize(ref _lastSession, id * 2);
            Array.Resize(ref _sessionCount, id * 2);
        }

        _lastSession[id] = -1;
        _sessionCount[id] = 0;
        return id;
    }

    private void AddEntry(int id)
    {
        if (_entryCount == _entries.Length)
        {
            var grown = ArrayPool<int>.Shared.Rent(_entries.Length * 2);
            _entries.AsSpan(0, _entryCount).CopyTo(grown);
            ArrayPool<int>.Shared.Return(_entries);
            _entries = grown;
        }

        _entries[_entryCount++] = id;
    }

    private (string[] Words, int[][] Postings) ToIndex(int[] sessionEnds)
    {
        var words = new string[_ids.Count];
        var idsInOrder = new int[_ids.Count];
        foreach (var (word, id) in _ids)
        {
            words[id] = word;
            idsInOrder[id] = id;
        }

        Array.Sort(words, idsInOrder, StringComparer.Ordinal);

        var rank = new int[words.Length];
        var postings = new int[words.Length][];
        for (var r = 0; r < words.Length; r++)
        {
            rank[idsInOrder[r]] = r;
            postings[r] = new int[_sessionCount[idsInOrder[r]]];
        }

        // Entries are in session order, so every postings list comes out ascending.
        var filled = new int[words.Length];
        var entry = 0;
        for (var session = 0; session < sessionEnds.Length; session++)
        {
            for (; entry < sessionEnds[session]; entry++)
            {
                var r = rank[_entries[entry]];
                postings[r][filled[r]++] = session;
            }
        }

        return (words, postings);
    }
}
