// Non-generic collections: ArrayList and the interfaces from nanoframework/CoreLibrary;
// Hashtable, Queue and Stack from nanoframework/nanoFramework.System.Collections.
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

    // nanoFramework.CoreLibrary/System/Collections/ArrayList.cs
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
        public virtual bool Contains(object item) => false;
        public virtual void CopyTo(Array array) { }
        public virtual void CopyTo(Array array, int arrayIndex) { }
        public virtual IEnumerator GetEnumerator() => null;
        public virtual int IndexOf(object value) => 0;
        public virtual int IndexOf(object value, int startIndex) => 0;
        public virtual void Insert(int index, object value) { }
        public virtual void Remove(object obj) { }
        public virtual void RemoveAt(int index) { }
        public virtual object[] ToArray() => null;
        public virtual Array ToArray(Type type) => null;
    }

    // nanoFramework.System.Collections/Collections/DictionaryEntry.cs
    public class DictionaryEntry
    {
        public object Key;
        public object Value;
        public DictionaryEntry(object key, object value) { }
    }

    // nanoFramework.System.Collections/Collections/IDictionary.cs
    public interface IDictionary : ICollection
    {
        object this[object key] { get; set; }
        ICollection Keys { get; }
        ICollection Values { get; }
        bool Contains(object key);
        void Add(object key, object value);
        void Clear();
        bool IsReadOnly { get; }
        bool IsFixedSize { get; }
        void Remove(object key);
    }

    // nanoFramework.System.Collections/Collections/Hashtable.cs
    public class Hashtable : IDictionary, ICloneable
    {
        public Hashtable() { }
        public Hashtable(int capacity) { }
        public virtual object this[object key] { get => null; set { } }
        public virtual ICollection Keys => null;
        public virtual ICollection Values => null;
        public virtual int Count => 0;
        public virtual bool IsReadOnly => false;
        public virtual bool IsFixedSize => false;
        public virtual bool IsSynchronized => false;
        public virtual object SyncRoot => null;
        public virtual void Add(object key, object value) { }
        public virtual void Clear() { }
        public virtual object Clone() => null;
        public virtual bool Contains(object key) => false;
        public virtual bool ContainsKey(object key) => false;
        public virtual void CopyTo(Array array, int arrayIndex) { }
        public virtual IEnumerator GetEnumerator() => null;
        public virtual void Remove(object key) { }
    }

    // nanoFramework.System.Collections/Collections/Queue.cs
    public class Queue : ICollection, ICloneable
    {
        public Queue() { }
        public virtual int Count => 0;
        public virtual bool IsSynchronized => false;
        public virtual object SyncRoot => null;
        public virtual void Clear() { }
        public virtual object Clone() => null;
        public virtual bool Contains(object obj) => false;
        public virtual void CopyTo(Array array, int index) { }
        public virtual object Dequeue() => null;
        public virtual void Enqueue(object obj) { }
        public virtual IEnumerator GetEnumerator() => null;
        public virtual object Peek() => null;
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
