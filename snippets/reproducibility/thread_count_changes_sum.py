import torch

# Twenty large float32 vectors; the seeded generator fixes their values.
g = torch.Generator().manual_seed(0)
xs = [torch.rand(2**20, generator=g) for _ in range(20)]


def sums(threads):
    torch.set_num_threads(threads)  # threads split the sum into chunks
    return torch.stack([x.sum() for x in xs])


one, one_again = sums(1), sums(1)
two, two_again = sums(2), sums(2)
exact = torch.stack([x.double().sum() for x in xs])
print("1 thread twice, bitwise equal: ", torch.equal(one, one_again))
print("2 threads twice, bitwise equal:", torch.equal(two, two_again))
print("1 vs 2 threads, bitwise equal: ", torch.equal(one, two))
print("1 vs 2 threads, allclose:      ", torch.allclose(one, two))
worst = ((one.double() - exact).abs() / exact).max().item()
print("worst relative error < 1e-6:   ", worst < 1e-6)
