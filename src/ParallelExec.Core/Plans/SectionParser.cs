using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;

namespace ParallelExec.Plans;

/// <summary>
/// Reads the structure of one definition block with Markdig: the Deliverables and Success Criteria
/// lists, nested or not. Kept apart so that Markdig is loaded only when this is first needed.
/// </summary>
internal static class SectionParser
{
    private static readonly Regex Label = new Regex(
        @"^(?:\[[ xX]\]\s+)?(?:[^\p{L}\p{N}*\s]+\s*)?\**(?<name>Deliverables|What Needs to Be Created|What|Success Criteria|Success|Goal|Objective|Effort|Estimated Effort|Estimate|Dependencies|Depends On|Blocks|Files|Test|Tests|Testing Requirements|Implementation Approach|Status|Priority)\s*(?:\*\*\s*:|:\s*\*\*|:)\s*(?<value>.*)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline);

    private static MarkdownPipeline? _pipeline;

    /// <summary>
    /// A pipeline that stops after the block phase: every leaf block is marked, as it closes, as needing no
    /// inline parsing. Only the list structure is used here and the text is cut from the source, so
    /// emphasis, links and code spans would be parsed for nothing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static MarkdownPipeline BuildBlockOnlyPipeline()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.Extensions.Add(new BlockOnlyExtension());
        return builder.Build();
    }

    private sealed class BlockOnlyExtension : IMarkdownExtension
    {
        public void Setup(MarkdownPipelineBuilder pipeline)
        {
            foreach (var parser in pipeline.BlockParsers)
                parser.Closed += (processor, block) =>
                {
                    if (block is LeafBlock leaf) leaf.ProcessInlines = false;
                };
        }

        public void Setup(MarkdownPipeline pipeline, Markdig.Renderers.IMarkdownRenderer renderer) { }
    }

    /// <summary>
    /// Parses many definition blocks with one Markdig call: they are joined with thematic breaks (which close
    /// any open list) and the top-level blocks are handed back to their section by source position. One call
    /// per plan instead of one per definition: Markdig's fixed cost per document dominated the small ones.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SectionContent[] ParseMany(IReadOnlyList<string> sections)
    {
        var results = new SectionContent[sections.Count];
        if (sections.Count == 0) return results;
        var markdown = Join(sections, out var starts);
        _pipeline ??= BuildBlockOnlyPipeline();
        var doc = Markdown.Parse(markdown, _pipeline);

        int section = 0, index = 0;
        var group = new List<Block>();
        while (section < sections.Count)
        {
            group.Clear();
            while (index < doc.Count && doc[index].Span.Start < starts[section + 1])
            {
                if (doc[index].Span.Start >= starts[section] && doc[index] is not ThematicBreakBlock) group.Add(doc[index]);
                index++;
            }
            results[section] = Read(group, markdown);
            section++;
        }
        return results;
    }

    /// <summary>The sections joined by thematic breaks; <paramref name="starts"/>[k] is where section k starts (and the end last).</summary>
    private static string Join(IReadOnlyList<string> sections, out int[] starts)
    {
        const string Separator = "\n\n---\n\n";
        starts = new int[sections.Count + 1];
        var sb = new System.Text.StringBuilder();
        for (int k = 0; k < sections.Count; k++)
        {
            starts[k] = sb.Length;
            sb.Append(sections[k]);
            sb.Append(Separator);
        }
        starts[sections.Count] = sb.Length;
        return sb.ToString();
    }

    private static SectionContent Read(List<Block> blocks, string markdown)
    {
        if (blocks.Count == 0) return SectionContent.Empty;
        var deliverables = new List<string>();
        var success = new List<string>();
        var plainItems = new List<string>();
        bool explicitDeliverables = false;

        string? pendingLabel = null; // a "**Deliverables**:" paragraph waiting for its list
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParagraphBlock para:
                {
                    pendingLabel = null;
                    var m = Label.Match(Text(para, markdown));
                    if (m.Success && m.Groups["value"].Value.Trim().Length == 0) pendingLabel = Canonical(m.Groups["name"].Value);
                    break;
                }
                case ListBlock list:
                    if (pendingLabel == "deliverables") { explicitDeliverables = true; AddItems(list, markdown, deliverables); }
                    else if (pendingLabel == "success") AddItems(list, markdown, success);
                    else ReadFieldList(list, markdown, deliverables, success, plainItems, ref explicitDeliverables);
                    pendingLabel = null;
                    break;
                default:
                    pendingLabel = null;
                    break;
            }
        }
        if (!explicitDeliverables) deliverables.AddRange(plainItems);
        if (deliverables.Count == 0 && success.Count == 0) return SectionContent.Empty;
        return new SectionContent(deliverables.ToArray(), success.ToArray());
    }

    private static void ReadFieldList(ListBlock list, string markdown, List<string> deliverables, List<string> success,
        List<string> plainItems, ref bool explicitDeliverables)
    {
        foreach (var item in list)
        {
            if (item is not ListItemBlock li || li.Count == 0) continue;
            string first = li[0] is ParagraphBlock p ? Text(p, markdown) : "";
            var m = Label.Match(first);
            ListBlock? nested = null;
            for (int k = 1; k < li.Count; k++) if (li[k] is ListBlock lb) { nested = lb; break; }
            if (!m.Success)
            {
                if (first.Length > 0) plainItems.Add(first);
                continue;
            }
            string name = Canonical(m.Groups["name"].Value);
            string value = m.Groups["value"].Value.Trim();
            var target = name == "deliverables" ? deliverables : name == "success" ? success : null;
            if (target == null) continue;
            if (name == "deliverables") explicitDeliverables = true;
            if (value.Length > 0) target.Add(TitleCleaner.StripMarkup(value));
            if (nested != null) AddItems(nested, markdown, target);
        }
    }

    private static void AddItems(ListBlock list, string markdown, List<string> into)
    {
        foreach (var item in list)
            if (item is ListItemBlock li && li.Count > 0 && li[0] is ParagraphBlock p)
            {
                var t = Text(p, markdown);
                if (t.Length > 0) into.Add(t);
            }
    }

    private static string Canonical(string name)
    {
        var n = name.ToLowerInvariant();
        if (n == "deliverables" || n == "what needs to be created" || n == "what") return "deliverables";
        if (n == "success criteria" || n == "success") return "success";
        return n;
    }

    private static string Text(ParagraphBlock p, string markdown)
    {
        var span = p.Span;
        if (span.Start < 0 || span.End >= markdown.Length + 1) return "";
        var raw = markdown.Substring(span.Start, Math.Min(span.Length, markdown.Length - span.Start));
        raw = Regex.Replace(raw, @"^\s*\[[ xX]\]\s+", "");
        return TitleCleaner.StripMarkup(TitleCleaner.RemoveSymbols(raw)).Trim();
    }
}
