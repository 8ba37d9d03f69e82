namespace ParallelLab.Scripts.Tests;

/// <summary>Tests that build the checkout's Release output run one at a time: two builds of one project at once would collide.</summary>
[CollectionDefinition(Name)]
public sealed class CheckoutBuilds
{
    public const string Name = "Builds in the checkout";
}
