using System.Runtime.CompilerServices;

namespace ParallelExec
{
    internal static class Hot
    {
        /// <summary>
        /// MethodImplOptions.AggressiveOptimization (not in netstandard2.0's enum, honoured by .NET Core 3.0+).
        /// Inside pwsh the tiered JIT keeps postponing the move to optimized code, because the script engine
        /// keeps compiling new methods; measured there, the hot loops ran 4× slower than in a console host.
        /// Methods marked with this are compiled optimized on their first call.
        /// </summary>
        public const MethodImplOptions Optimize = (MethodImplOptions)512;
    }
}
