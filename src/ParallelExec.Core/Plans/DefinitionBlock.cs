using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ParallelExec.Plans;

/// <summary>One place where a PLAN defines an achievement, with what a line scan can read from it.</summary>
internal sealed class DefinitionBlock
{
    public AchievementId Id;
    public DefinitionKind Kind;
    public int HeadingLevel;
    public int Line;            // 1-based line of the definition
    public int Start;           // char offset of the definition line
    public int End;             // char offset just past the block
    public int Index;           // position among the plan's definition blocks
    public string? Mark;        // a completion mark on the definition line (✅ COMPLETE), for status drift
    public string Title = "";
    public EstimateRange? Estimate;
    public string? Goal;
    public bool DeclaresDependencies;
    public int DependenciesLine;    // 1-based line of the first Dependencies field, 0 without one
    public List<(AchievementId Id, int Line)>? Dependencies;
    public bool DeclaresBlocks;
    public List<(AchievementId Id, int Line)>? Blocks;
    public List<(string Text, int Line)>? NonAsciiIds; // ids of its Dependencies and Blocks lines in other digits (١.١), not read
    public bool HasFields;
}
