import torch

z = torch.tensor([1.0, 2.0, 3.0])
for c in (-5.0, 100.0):
    same = torch.allclose(torch.softmax(z + c, 0), torch.softmax(z, 0))
    print(f"c = {c:g}: softmax(z + c) equals softmax(z): {same}")

big = torch.tensor([1000.0, 1001.0, 1002.0])
naive = torch.exp(big) / torch.exp(big).sum()  # e^1000 overflows float32
print("exp(big) =", torch.exp(big))
print("naive    =", naive)
shifted = big - big.max()  # largest entry becomes 0, so exp stays <= 1
print("shifted  =", torch.exp(shifted) / torch.exp(shifted).sum())
print("softmax  =", torch.softmax(big, dim=0))
