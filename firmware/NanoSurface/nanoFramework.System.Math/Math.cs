// Package nanoFramework.System.Math, repository nanoframework/System.Math: nanoFramework.System.Math/Math.cs
// (stored versions at commits 0b7e93e86fbb and a730259be6f3). mscorlib's own System/Math.cs holds only the
// internal MathInternal since CoreLibrary 1.0.5 (2018); the real mscorlib 1.17.11 declares no System.Math, so
// Core's use of Math fails the gate unless the gated assembly references this package.
// There are no long overloads of Abs, Min or Max. Declared: what Core may use (Abs, Min, Max, Floor, Ceiling,
// Sqrt, Pow, Exp, Log, Round), double and int only; the float overloads are left out on purpose (some are marked
// obsolete-as-error in the package), and so are Log10 and Truncate (project rule).
namespace System
{
    public static class Math
    {
        public const double PI = 3.14159265358979323846;
        public const double E = 2.7182818284590452354;
        public static int Max(int val1, int val2) => 0;
        public static double Max(double x, double y) => 0;
        public static int Min(int val1, int val2) => 0;
        public static double Min(double x, double y) => 0;
        public static int Abs(int val) => 0;
        public static double Abs(double val) => 0;
        public static double Ceiling(double d) => 0;
        public static double Exp(double d) => 0;
        public static double Floor(double d) => 0;
        public static double Log(double d) => 0;
        public static double Pow(double x, double y) => 0;
        public static double Round(double d) => 0;
        public static double Sqrt(double d) => 0;
    }
}
