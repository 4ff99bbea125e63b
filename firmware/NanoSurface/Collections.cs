// Non-generic collections. ArrayList and the interfaces: package nanoFramework.CoreLibrary (repository
// nanoframework/CoreLibrary). DictionaryEntry, IDictionary, Hashtable, Queue and Stack: package
// nanoFramework.System.Collections (repository nanoframework/System.Collections), whose 1.x line has no
// Collections/Generic folder.
namespace System.Collections
{
    // nanoFramework.CoreLibrary/System/Collections/IEnumerable.cs
    public interface IEnumerable
    {
        IEnumerator GetEnumerator();
    }

    // nanoFramework.CoreLibrary/System/Collections/IEnumerator.cs
    public interface IEnumerator
    {
        bool MoveNext();
        object Current { get; }
        void Reset();
    }

    // nanoFramework.CoreLibrary/System/Collections/ICollection.cs
    public interface ICollection : IEnumerable
    {
        void CopyTo(Array array, int index);
        int Count { get; }
        object SyncRoot { get; }
        bool IsSynchronized { get; }
    }

    // nanoFramework.CoreLibrary/System/Collections/IList.cs
    public interface IList : ICollection
    {
        object this[int index] { get; set; }
        int Add(object value);
        bool Contains(object value);
        void Clear();
        bool IsReadOnly { get; }
        bool IsFixedSize { get; }
        int IndexOf(object value);
        void Insert(int index, object value);
        void Remove(object value);
        void RemoveAt(int index);
    }

    // nanoFramework.CoreLibrary/System/Collections/IComparer.cs
    public interface IComparer
    {
        int Compare(object x, object y);
    }

    // nanoFramework.CoreLibrary/System/Collections/IEqualityComparer.cs
    public interface IEqualityComparer
    {
        bool Equals(object x, object y);
        int GetHashCode(object obj);
    }

    // nanoFramework.CoreLibrary/System/Collections/ArrayList.cs (ToArray is reflection-only; there is no Sort)
    public class ArrayList : IList, ICloneable
    {
        public ArrayList() { }
        public virtual int Capacity { get => 0; set { } }
        public virtual int Count => 0;
        public virtual bool IsFixedSize => false;
        public virtual bool IsReadOnly => false;
        public virtual bool IsSynchronized => false;
        public virtual object SyncRoot => null;
        public virtual object this[int index] { get => null; set { } }
        public virtual int Add(object value) => 0;
        public virtual int BinarySearch(object value, IComparer comparer) => 0;
        public virtual void Clear() { }
        public virtual object Clone() => null;
        public virtual bool Contains(object value) => false;
        public virtual void CopyTo(Array array) { }
        public virtual void CopyTo(Array array, int index) { }
        public virtual IEnumerator GetEnumerator() => null;
        public virtual int IndexOf(object value) => 0;
        public virtual int IndexOf(object value, int startIndex) => 0;
        public virtual int IndexOf(object value, int startIndex, int count) => 0;
        public virtual void Insert(int index, object value) { }
        public virtual void Remove(object value) { }
        public virtual void RemoveAt(int index) { }
    }

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
