using System;
using System.Linq;
using ParallelExec.Prompts;
using Xunit;

namespace ParallelExec.Tests
{
    public class PromptTemplateTests
    {
        private static string Render(string template, TemplateValues values) => PromptTemplate.Parse("test", template).Render(values);

        private static TemplateValues Item(string text) => new TemplateValues().Set("text", text);

        [Fact]
        public void PlaceholdersAreReplacedByTheirText()
        {
            Assert.Equal("plan DEMO has 3 achievements\n", Render("plan {{plan}} has {{ count }} achievements\n",
                new TemplateValues().Set("plan", "DEMO").Set("count", 3)));
        }

        [Fact]
        public void AValueIsNeverReadAsATemplate()
        {
            Assert.Equal("a {{b}} c", Render("a {{x}} c", new TemplateValues().Set("x", "{{b}}")));
        }

        [Fact]
        public void AListSectionRepeatsOncePerItemAndAStandaloneTagLineLeavesNoLine()
        {
            var values = new TemplateValues().Set("items", new[] { Item("one"), Item("two") });
            Assert.Equal("before\n- one\n- two\nafter\n", Render("before\n{{#items}}\n- {{text}}\n{{/items}}\nafter\n", values));
            Assert.Equal("before\nafter\n", Render("before\n  {{#items}}  \n- {{text}}\n{{/items}}\nafter\n", new TemplateValues().Set("items", Array.Empty<TemplateValues>())));
        }

        [Fact]
        public void FlagsAndTextsShowASectionOnceAndInvertedSectionsShowTheRest()
        {
            const string template = "[{{#on}}yes{{/on}}{{^on}}no{{/on}}|{{#goal}}{{goal}}{{/goal}}{{^goal}}none{{/goal}}]";
            Assert.Equal("[yes|ship]", Render(template, new TemplateValues().Set("on", true).Set("goal", "ship")));
            Assert.Equal("[no|none]", Render(template, new TemplateValues().Set("on", false).Set("goal", (string?)null)));
            Assert.Equal("[no|none]", Render(template, new TemplateValues().Set("on", false).Set("goal", "")));
            Assert.Equal("<none>", Render("<{{^items}}none{{/items}}>", new TemplateValues().Set("items", Array.Empty<TemplateValues>())));
        }

        [Fact]
        public void NamesAreLookedUpInTheItemFirstThenOutwardAndANullInTheItemHidesTheOuterValue()
        {
            var values = new TemplateValues().Set("plan", "P").Set("estimate", "4h").Set("items", new[]
            {
                new TemplateValues().Set("id", "1.1").Set("estimate", "2h"),
                new TemplateValues().Set("id", "1.2").Set("estimate", (string?)null),
            });
            Assert.Equal("P 1.1 2h;P 1.2 -;", Render("{{#items}}{{plan}} {{id}} {{#estimate}}{{estimate}}{{/estimate}}{{^estimate}}-{{/estimate}};{{/items}}", values));
        }

        [Fact]
        public void CommentsAndCarriageReturnsLeaveNoTrace()
        {
            Assert.Equal("a\nb\n", Render("{{! what this template is }}\r\na\r\n{{! between }}\nb\r\n", new TemplateValues()));
        }

        [Fact]
        public void AMissingValueOrAListUsedAsTextIsAnError()
        {
            var missing = Assert.Throws<InvalidOperationException>(() => Render("{{nope}}", new TemplateValues()));
            Assert.Contains("'nope'", missing.Message);
            Assert.Throws<InvalidOperationException>(() => Render("{{#nope}}x{{/nope}}", new TemplateValues()));
            Assert.Throws<InvalidOperationException>(() => Render("{{items}}", new TemplateValues().Set("items", new[] { Item("x") })));
        }

        [Fact]
        public void ABrokenTemplateIsAnErrorWhenParsed()
        {
            Assert.Throws<FormatException>(() => PromptTemplate.Parse("t", "{{#a}}never closed"));
            Assert.Throws<FormatException>(() => PromptTemplate.Parse("t", "{{#a}}x{{/b}}"));
            Assert.Throws<FormatException>(() => PromptTemplate.Parse("t", "{{/a}}"));
            Assert.Throws<FormatException>(() => PromptTemplate.Parse("t", "{{a"));
            Assert.Throws<FormatException>(() => PromptTemplate.Parse("t", "{{}}"));
        }

        [Theory]
        [InlineData(PromptTemplates.Discovery)]
        [InlineData(PromptTemplates.Subplans)]
        [InlineData(PromptTemplates.Executions)]
        [InlineData(PromptTemplates.SubplanSkeleton)]
        [InlineData(PromptTemplates.ExecutionSkeleton)]
        public void EveryTemplateIsEmbeddedAndParses(string name)
        {
            Assert.Same(PromptTemplates.Get(name), PromptTemplates.Get(name));
        }

        [Fact]
        public void AnUnknownTemplateIsAnError()
        {
            Assert.Throws<InvalidOperationException>(() => PromptTemplates.Get("no-such-template"));
        }
    }
}
