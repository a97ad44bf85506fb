using System.Collections.Generic;
using System.Linq;
using ParallelExec.Graph;
using Xunit;

namespace ParallelExec.Tests
{
    public class GraphTests
    {
        private static int[][] Graph(int n, params (int From, int To)[] edges)
        {
            var lists = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
            foreach (var (f, t) in edges) lists[f].Add(t);
            return lists.Select(l => l.ToArray()).ToArray();
        }

        [Fact]
        public void DiamondGetsLongestPathLayers()
        {
            // 0 <- 1, 0 <- 2, {1,2} <- 3, and a shortcut 3 -> 0 that must not pull 3 up.
            var r = DependencyGraph.Level(Graph(4, (1, 0), (2, 0), (3, 1), (3, 2), (3, 0)));
            Assert.Equal(new int?[] { 1, 2, 2, 3 }, r.Waves);
            Assert.Equal(3, r.WaveCount);
            Assert.Empty(r.Cycles);
        }

        [Fact]
        public void UnevenChainsTakeTheLongest()
        {
            // 4 depends on a chain 0<-1<-2 and on 3 directly.
            var r = DependencyGraph.Level(Graph(5, (1, 0), (2, 1), (4, 2), (4, 3)));
            Assert.Equal(new int?[] { 1, 2, 3, 1, 4 }, r.Waves);
        }

        [Fact]
        public void AHundredThousandLongChainNeedsNoDeepStack()
        {
            const int n = 100_000;
            var deps = new int[n][];
            deps[0] = new int[0];
            for (int i = 1; i < n; i++) deps[i] = new[] { i - 1 };
            var r = DependencyGraph.Level(deps);
            Assert.Equal(n, r.Waves[n - 1]);
            Assert.Equal(n, r.WaveCount);
        }

        [Fact]
        public void AHundredThousandLongCycleIsFoundIteratively()
        {
            const int n = 100_000;
            var deps = new int[n][];
            for (int i = 0; i < n; i++) deps[i] = new[] { (i + 1) % n };
            var r = DependencyGraph.Level(deps);
            var cycle = Assert.Single(r.Cycles);
            Assert.Equal(n + 1, cycle.Length);
            Assert.All(r.Waves, w => Assert.Null(w));
        }

        [Fact]
        public void CycleIsAPathInDependencyOrderAndDownstreamIsUnlevelled()
        {
            // 0 -> 1 -> 2 -> 0 (each depends on the next); 3 depends on 2; 4 is free.
            var r = DependencyGraph.Level(Graph(5, (0, 1), (1, 2), (2, 0), (3, 2)));
            var cycle = Assert.Single(r.Cycles);
            Assert.Equal(new[] { 0, 1, 2, 0 }, cycle);
            Assert.Equal(new int?[] { null, null, null, null, 1 }, r.Waves);
        }

        [Fact]
        public void OneCyclePerComponentAndSelfLoops()
        {
            var r = DependencyGraph.Level(Graph(6, (0, 1), (1, 0), (2, 2), (3, 4), (4, 5), (5, 3)));
            Assert.Equal(3, r.Cycles.Count);
            Assert.Contains(r.Cycles, c => c.SequenceEqual(new[] { 0, 1, 0 }));
            Assert.Contains(r.Cycles, c => c.SequenceEqual(new[] { 2, 2 }));
            Assert.Contains(r.Cycles, c => c.SequenceEqual(new[] { 3, 4, 5, 3 }));
        }

        [Fact]
        public void TheReportedCycleIsTheShortestThroughItsFirstNode()
        {
            // 0 -> 1 -> 2 -> 3 -> 0 and a shortcut 1 -> 0.
            var r = DependencyGraph.Level(Graph(4, (0, 1), (1, 2), (2, 3), (3, 0), (1, 0)));
            Assert.Equal(new[] { 0, 1, 0 }, Assert.Single(r.Cycles));
        }
    }
}
