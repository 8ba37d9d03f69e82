using ParallelLab.Reporting.Analysis;

namespace ParallelLab.Reporting.Pages;

/// <summary>The top of the report: whether the machine was quiet, and what the run can and cannot support (<see cref="RunQuality"/>).</summary>
internal static class QualitySection
{
    public static void Support(ReportDocument document, RunQuality quality, bool labsOwn)
    {
        document.Heading(2, "What this run can support");
        var lines = new List<string>();
        if (quality.WindowsTooShort)
        {
            lines.Add($"Every case was measured for less than {Core.Machine.MachineLoad.ShortestWindowSeconds} s, too short for the recorder to tell what else the machine did; run a longer job (`--job default`) to judge contention.");
        }
        else if (quality.LoadUnknown)
        {
            lines.Add("The results hold no record of what else the machine did, so a case slowed by other work cannot be told from a paradigm that scales badly.");
        }
        else if (quality.MachineWasBusy)
        {
            lines.Add($"⚠ **The machine was busy.** {quality.ContendedCases.Count} of {quality.CasesWithLoad} cases ran while other processes (or the hypervisor) took cores they could use, "
                + $"in {string.Join(", ", quality.ContendedCases.Select(r => r.Type.Split('.')[^1]).Distinct(StringComparer.Ordinal))}. "
                + "They are marked busy below, and their points left out of the fits, recommendations and verdicts."
                + HostParagraph(quality));
        }
        else
        {
            lines.Add("The machine was quiet: no case lost cores to other processes while it ran.");
        }

        if (quality.Drifted.Count > 0)
        {
            ScalingAnalysis widest = quality.Drifted.MaxBy(a => a.Drift!.Ratio)!;
            string classes = ClassNames(quality.Drifted);
            lines.Add($"⚠ **The machine's speed changed during the run**, though no other process took the cores: a serial baseline, the same work every time it ran, took up to {Format.Number((widest.Drift!.Ratio - 1) * 100)} % longer in one run than in another ({classes}). "
                + "Another virtual machine on the same host or a change of clock does that, and the guest cannot see it. The groups of those classes are not judged: their points were measured at different times, and differ by as much for no reason of their own.");
        }

        if (quality.BeyondLinear.Count > 0)
        {
            string classes = ClassNames(quality.BeyondLinear);
            lines.Add($"⚠ **Faster than the cores allow.** In {quality.BeyondLinear.Count} group{(quality.BeyondLinear.Count == 1 ? "" : "s")} ({classes}) p workers on p cores ran more than p times faster than one worker, beyond noise (the 95 % interval's low end above p). "
                + "The work can do that only if its split pieces fit the caches better; far more often the one-worker runs were slowed, by a host whose speed changed between them, which the guest cannot see. "
                + "Those groups are not judged, and no law is fitted to them.");
        }

        int judged = quality.Groups - quality.Unclear.Count - quality.Busy.Count;
        if (quality.Groups > 0)
        {
            string reasons = (quality.Drifted.Count > 0 ? $", {quality.Drifted.Count} of them because the machine's speed changed" : string.Empty)
                + (quality.BeyondLinear.Count > 0 ? $", {quality.BeyondLinear.Count} faster than its cores allow" : string.Empty);
            lines.Add($"{quality.Groups} scaling group{(quality.Groups == 1 ? "" : "s")}: {judged} judged, {quality.Unclear.Count} too noisy to tell (a 95 % interval that includes no speedup{reasons}), {quality.Busy.Count} not judged because the machine was busy.");
        }

        if (quality.ClassesToMeasureAgain.Count > 0)
        {
            // The lab's own classes run through its script; anyone else's through BenchmarkSwitcher's usual arguments.
            string command = labsOwn ? "./run-benchmarks.sh" : "dotnet run -c Release -- --filter";
            string commands = string.Join("; ", quality.ClassesToMeasureAgain.Select(c => $"`{command} '*{c.Split('.')[^1]}*' --job default`"));
            // uptime cannot show what a host withholds; the probe's column can.
            string how = quality.HostWithheldCases.Count > 0 ? "close other work; the host's share shows in the Withheld column, and a host that withholds cores needs another machine or a later hour" : "close other work; `uptime` shows the load";
            lines.Add($"To settle them, measure again on a quiet machine ({how}) with the steadier job: {commands}.");
        }

        if (quality.Shuffled)
        {
            lines.Add("Each class ran its cases in a shuffled order (recorded per case below), so a machine that drifted during the run adds noise rather than a trend across worker counts.");
        }

        foreach (string line in lines)
        {
            document.Paragraph(line);
        }
    }

    /// <summary>The benchmark classes of <paramref name="groups"/>, by their short names, each once.</summary>
    private static string ClassNames(IEnumerable<ScalingAnalysis> groups) =>
        string.Join(", ", groups.Select(a => a.Group.Paradigm.Split('.')[^1]).Distinct(StringComparer.Ordinal));

    /// <summary>What a host that withholds cores does, said where it happened; empty where it did not.</summary>
    private static string HostParagraph(RunQuality quality)
    {
        if (quality.MostHostWithheld is not { } worst)
        {
            return string.Empty;
        }

        return $" For {quality.HostWithheldCases.Count} of them the host itself gave the machine less: threads spinning on all {worst.UsableCores} cores, probed before and after each case, "
            + $"got as little as {Format.Number(worst.HostCapacity)} cores' worth of work. A virtual machine's host does that when it is overcommitted or limits the machine's CPU time "
            + "(a burstable machine out of credits); no process of the guest's own shows it.";
    }
}
