// Package nanoFramework.System.Collections (repository nanoframework/System.Collections), 1.x line: it has no
// Collections/Generic folder. ArrayList and the collection interfaces (IEnumerable, ICollection, IList...) live in
// the real mscorlib (nanoFramework.CoreLibrary 1.17.11), which this assembly references. Paths below are relative
// to the repository. Bodies are placeholders: this assembly is only ever referenced.
namespace System.Collections
{
    // nanoFramework.System.Collections/Collections/DictionaryEntry.cs (a class, with public fields)
    public class DictionaryEntry
    {
        public object Key;
        public object Value;
        public DictionaryEntry(object key, object value) { }
    }

    // nanoFramework.System.Collections/Collections/IDictionary.cs
    public interface IDictionary : ICollection
    {
        bool IsReadOnly { get; }
        bool IsFixedSize { get; }
        ICollection Keys { get; }
        ICollection Values { get; }
        object this[object key] { get; set; }
        void Add(object key, object value);
        void Clear();
        bool Contains(object key);
        void Remove(object key);
    }

    // nanoFramework.System.Collections/Collections/Hashtable.cs (members are not virtual; there is no ContainsKey,
    // and the indexer returns null for a missing key)
    public class Hashtable : ICloneable, IDictionary
    {
        public Hashtable() { }
        public Hashtable(int capacity) { }
        public object Clone() => null;
        public IEnumerator GetEnumerator() => null;
        public int Count => 0;
        public bool IsSynchronized => false;
        public object SyncRoot => null;
        public void CopyTo(Array array, int index) { }
        public bool IsReadOnly => false;
        public bool IsFixedSize => false;
        public ICollection Keys => null;
        public ICollection Values => null;
        public object this[object key] { get => null; set { } }
        public void Add(object key, object value) { }
        public void Clear() { }
        public bool Contains(object key) => false;
        public void Remove(object key) { }
    }

    // nanoFramework.System.Collections/Collections/Queue.cs
    public class Queue : ICollection, ICloneable
    {
        public Queue() { }
        public virtual int Count => 0;
        public virtual object Clone() => null;
        public virtual bool IsSynchronized => false;
        public virtual object SyncRoot => null;
        public virtual void Clear() { }
        public virtual void CopyTo(Array array, int index) { }
        public virtual void Enqueue(object obj) { }
        public virtual IEnumerator GetEnumerator() => null;
        public virtual object Dequeue() => null;
        public virtual object Peek() => null;
        public virtual bool Contains(object obj) => false;
        public virtual object[] ToArray() => null;
    }

    // nanoFramework.System.Collections/Collections/Stack.cs
    public class Stack : ICollection, ICloneable
    {
        public Stack() { }
        public virtual int Count => 0;
        public virtual bool IsSynchronized => false;
        public virtual object SyncRoot => null;
        public virtual void Clear() { }
        public virtual object Clone() => null;
        public virtual bool Contains(object obj) => false;
        public virtual void CopyTo(Array array, int index) { }
        public virtual IEnumerator GetEnumerator() => null;
        public virtual object Peek() => null;
        public virtual object Pop() => null;
        public virtual void Push(object obj) { }
        public virtual object[] ToArray() => null;
    }
}
