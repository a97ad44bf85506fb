using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;

namespace ParallelExec
{
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

        [System.Runtime.CompilerServices.MethodImpl(Hot.Optimize)]
        public static SectionContent Parse(string markdown)
        {
            if (markdown.Length == 0) return SectionContent.Empty;
            _pipeline ??= new MarkdownPipelineBuilder().Build();
            var doc = Markdown.Parse(markdown, _pipeline);
            var deliverables = new List<string>();
            var success = new List<string>();
            var plainItems = new List<string>();
            bool explicitDeliverables = false;

            string? pendingLabel = null; // a "**Deliverables**:" paragraph waiting for its list
            foreach (var block in doc)
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
}
