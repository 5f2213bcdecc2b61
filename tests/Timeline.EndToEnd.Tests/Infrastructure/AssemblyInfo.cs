// One app, one browser and one measurement at a time: this machine has two cores, and the 100k-event latency is
// only meaningful when nothing else runs.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
